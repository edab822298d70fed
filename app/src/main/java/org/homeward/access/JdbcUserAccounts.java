package org.homeward.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
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

	private final Clock clock;

	JdbcUserAccounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void createUser(String username, String password, Role role) {
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
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	@Override
	@Transactional
	public void createToken(String username, String name, String secret, @Nullable Instant expiresAt) {
		this.jdbc.sql("""
				insert into api_token (id, username, name, token_hash, created_at, expires_at)
				values (:id, :username, :name, :hash, :now, :expires)""")
			.param("id", UUID.randomUUID())
			.param("username", username)
			.param("name", name)
			.param("hash", sha256(secret))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("expires", (expiresAt != null) ? expiresAt.atOffset(ZoneOffset.UTC) : null)
			.update();
	}

	@Override
	public long countUsers() {
		return this.jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	@Override
	public @Nullable String firstDemoCredential() {
		List<StoredUser> users = this.jdbc.sql("select username, password_hash, role, enabled from app_user")
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
		return this.jdbc.sql("select username, password_hash, role, enabled from app_user where username = :username")
			.param("username", username)
			.query(StoredUser.class)
			.optional();
	}

	/**
	 * The user a live token belongs to: not revoked, not expired, user enabled.
	 */
	Optional<StoredUser> tokenOwner(String secret) {
		return this.jdbc.sql("""
				select u.username, u.password_hash, u.role, u.enabled from api_token t
				join app_user u on u.username = t.username
				where t.token_hash = :hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > :now)
				  and u.enabled = true""")
			.param("hash", sha256(secret))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
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

	record StoredUser(String username, String passwordHash, String role, boolean enabled) {

	}

}
