package org.homeward.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and tokens in the database. Tokens are looked up by their SHA-256 hash: a token
 * is long and random, so a fast hash is enough and the lookup stays an index hit.
 */
@Service
class JdbcUserAccounts implements UserAccounts {

	static final String DEMO_PASSWORD = "demo";

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Clock clock;

	private final AuditLedger audit;

	JdbcUserAccounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock, AuditLedger audit) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void createUser(String username, String password, Role role, String actor) {
		PasswordPolicy.check(username, password);
		insertUser(username, password, role);
		this.audit.record(actor, AuditAction.PERMISSION_CHANGE, "user", username,
				Map.of("change", "user created", "role", role));
	}

	/**
	 * Creates a user without the password policy: only for the demo users.
	 */
	void insertUser(String username, String password, Role role) {
		if (!username.matches("[A-Za-z0-9._-]{2,64}")) {
			throw new IllegalArgumentException("user name must be 2-64 letters, digits, dots, dashes or underscores");
		}
		if (findUser(username).isPresent()) {
			throw new IllegalArgumentException("user " + username + " already exists");
		}
		this.jdbc.sql("""
				insert into app_user (username, password_hash, role, enabled, failed_attempts, created_at)
				values (:username, :hash, :role, true, 0, :now)""")
			.param("username", username)
			.param("hash", this.encoder.encode(password))
			.param("role", role.name())
			.param("now", now())
			.update();
	}

	@Override
	@Transactional
	public void changePassword(String username, String password, String actor) {
		PasswordPolicy.check(username, password);
		int changed = this.jdbc.sql("""
				update app_user set password_hash = :hash, failed_attempts = 0, locked_until = null
				where username = :username""")
			.param("hash", this.encoder.encode(password))
			.param("username", username)
			.update();
		requireOne(changed, username);
		this.audit.record(actor, AuditAction.PERMISSION_CHANGE, "user", username, Map.of("change", "password set"));
	}

	@Override
	@Transactional
	public void disable(String username, String actor) {
		int changed = this.jdbc.sql("update app_user set enabled = false where username = :username")
			.param("username", username)
			.update();
		requireOne(changed, username);
		this.audit.record(actor, AuditAction.PERMISSION_CHANGE, "user", username, Map.of("change", "disabled"));
	}

	@Override
	@Transactional
	public String issueToken(String username, String name, @Nullable Instant expiresAt, String actor) {
		requireOne(findUser(username).isPresent() ? 1 : 0, username);
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = "hw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		storeToken(username, name, secret, expiresAt);
		Map<String, Object> detail = new TreeMap<>(Map.of("change", "token created", "name", name));
		if (expiresAt != null) {
			detail.put("expiresAt", expiresAt.toString());
		}
		this.audit.record(actor, AuditAction.PERMISSION_CHANGE, "user", username, detail);
		return secret;
	}

	@Override
	@Transactional
	public boolean revokeToken(String username, String name, String actor) {
		boolean revoked = this.jdbc.sql("""
				update api_token set revoked_at = :now
				where username = :username and name = :name and revoked_at is null""")
			.param("now", now())
			.param("username", username)
			.param("name", name)
			.update() > 0;
		if (revoked) {
			this.audit.record(actor, AuditAction.PERMISSION_CHANGE, "user", username,
					Map.of("change", "token revoked", "name", name));
		}
		return revoked;
	}

	void storeToken(String username, String name, String secret, @Nullable Instant expiresAt) {
		this.jdbc.sql("""
				insert into api_token (id, username, name, token_hash, created_at, expires_at)
				values (:id, :username, :name, :hash, :now, :expires)""")
			.param("id", UUID.randomUUID())
			.param("username", username)
			.param("name", name)
			.param("hash", sha256(secret))
			.param("now", now())
			.param("expires", (expiresAt != null) ? expiresAt.atOffset(ZoneOffset.UTC) : null)
			.update();
	}

	private static void requireOne(int rows, String username) {
		if (rows != 1) {
			throw new IllegalArgumentException("no user " + username);
		}
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

	@Override
	public List<ApiToken> tokens(String username) {
		return this.jdbc.sql("""
				select name, created_at, expires_at, revoked_at from api_token where username = :u
				order by created_at desc""")
			.param("u", username)
			.query((rs, n) -> new ApiToken(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
					instantOrNull(rs.getObject(3, OffsetDateTime.class)),
					instantOrNull(rs.getObject(4, OffsetDateTime.class))))
			.list();
	}

	@Override
	public List<UserSummary> users() {
		return this.jdbc.sql("""
				select username, role, enabled, (locked_until is not null and locked_until > :now) as locked,
				  totp_confirmed from app_user order by username""")
			.param("now", now())
			.query((rs, n) -> new UserSummary(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getBoolean(3),
					rs.getBoolean(4), rs.getBoolean(5)))
			.list();
	}

	private static @Nullable Instant instantOrNull(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	@Override
	public long countUsers() {
		return this.jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	@Override
	public @Nullable String firstDemoCredential() {
		List<StoredUser> users = this.jdbc
			.sql("select username, password_hash, role, enabled, false as locked from app_user")
			.query(StoredUser.class)
			.list();
		for (StoredUser user : users) {
			if (this.encoder.matches(DEMO_PASSWORD, user.passwordHash())
					|| tokenOwner(demoToken(user.username())).isPresent()) {
				return user.username();
			}
		}
		return null;
	}

	Optional<StoredUser> findUser(String username) {
		return this.jdbc.sql("""
				select username, password_hash, role, enabled,
				  (locked_until is not null and locked_until > :now) as locked
				from app_user where username = :username""")
			.param("username", username)
			.param("now", now())
			.query(StoredUser.class)
			.optional();
	}

	/**
	 * The user a live token belongs to: not revoked, not expired, user enabled.
	 */
	Optional<StoredUser> tokenOwner(String secret) {
		return this.jdbc.sql("""
				select u.username, u.password_hash, u.role, u.enabled, false as locked from api_token t
				join app_user u on u.username = t.username
				where t.token_hash = :hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > :now)
				  and u.enabled = true""")
			.param("hash", sha256(secret))
			.param("now", now())
			.query(StoredUser.class)
			.optional();
	}

	static String demoToken(String username) {
		return "demo-" + username;
	}

	static String sha256(String secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	record StoredUser(String username, String passwordHash, String role, boolean enabled, boolean locked) {

	}

}
