package org.homeward.access;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor for every role that sees personal data (all but {@code ANALYST}): a
 * TOTP code from an authenticator app after the password. Required unless
 * {@code homeward.totp.required=false}; off by default in demo mode only. A code is
 * accepted once (no replay); wrong codes count towards the same lockout as wrong
 * passwords.
 */
@Component
class SecondFactor {

	static final String PENDING = "TOTP_PENDING";

	private static final Set<String> PERSONAL_DATA_ROLES = Set.of("ROLE_ADMIN", "ROLE_INVESTIGATOR", "ROLE_CASEWORKER",
			"ROLE_LEGAL");

	private final JdbcClient jdbc;

	private final AuditLedger audit;

	private final Clock clock;

	private final boolean required;

	private final int maxFailures;

	SecondFactor(JdbcClient jdbc, AuditLedger audit, Clock clock, @Value("${homeward.totp.required:}") String required,
			@Value("${homeward.demo:false}") boolean demo, @Value("${homeward.login.max-failures:5}") int maxFailures) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.required = required.isBlank() ? !demo : Boolean.parseBoolean(required);
		this.maxFailures = maxFailures;
	}

	boolean requiredFor(Authentication user) {
		return this.required && user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(PERSONAL_DATA_ROLES::contains);
	}

	/**
	 * The user's confirmed secret, or a new unconfirmed one to enrol with.
	 * @return the state of enrolment
	 */
	@Transactional
	Enrolment enrolment(String username) {
		Enrolment current = this.jdbc.sql("select totp_secret, totp_confirmed from app_user where username = :u")
			.param("u", username)
			.query((rs, n) -> new Enrolment(rs.getString(1), rs.getBoolean(2)))
			.single();
		if (current.secret() != null) {
			return current;
		}
		String secret = Totp.newSecret();
		this.jdbc.sql("update app_user set totp_secret = :s, totp_confirmed = false where username = :u")
			.param("s", secret)
			.param("u", username)
			.update();
		return new Enrolment(secret, false);
	}

	/**
	 * Checks a code; a right code confirms enrolment and cannot be used again.
	 * @return true when the code is right
	 */
	@Transactional
	boolean verify(String username, String code) {
		Long lastStep = this.jdbc.sql("select totp_last_step from app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.optional()
			.orElse(null);
		Enrolment enrolment = enrolment(username);
		long step = Totp.matchingStep(enrolment.secret(), code, this.clock.instant().getEpochSecond());
		if (step < 0 || (lastStep != null && step <= lastStep)) {
			fail(username);
			return false;
		}
		this.jdbc.sql("""
				update app_user set totp_last_step = :step, totp_confirmed = true, failed_attempts = 0
				where username = :u""").param("step", step).param("u", username).update();
		this.audit.record(username, AuditAction.LOGIN_SUCCESS, "user", username,
				Map.of("method", "totp", "enrolled", !enrolment.confirmed()));
		return true;
	}

	private void fail(String username) {
		this.jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where username = :u")
			.param("u", username)
			.update();
		int failures = this.jdbc.sql("select failed_attempts from app_user where username = :u")
			.param("u", username)
			.query(Integer.class)
			.single();
		this.audit.record(username, AuditAction.LOGIN_FAILURE, "user", username,
				Map.of("reason", "wrong or reused TOTP code", "failuresInARow", failures));
		if (failures >= this.maxFailures) {
			this.jdbc.sql("update app_user set locked_until = :until where username = :u")
				.param("until", this.clock.instant().plus(Duration.ofMinutes(15)).atOffset(ZoneOffset.UTC))
				.param("u", username)
				.update();
			this.audit.record(username, AuditAction.ACCOUNT_LOCKED, "user", username,
					Map.of("minutes", 15, "failuresInARow", failures));
		}
	}

	/**
	 * @param secret the Base32 secret
	 * @param confirmed true once a code from it was accepted
	 */
	record Enrolment(@Nullable String secret, boolean confirmed) {
	}

}
