package org.homeward.access;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every login attempt in the audit ledger and locks an account after repeated
 * failures: after {@code homeward.login.max-failures} wrong passwords in a row (default
 * 5) the account is locked for {@code homeward.login.lock-minutes} (default 15), even for
 * the right password. A success resets the count.
 */
@Component
class LoginMonitor {

	private final JdbcClient jdbc;

	private final AuditLedger audit;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockTime;

	LoginMonitor(JdbcClient jdbc, AuditLedger audit, Clock clock,
			@Value("${homeward.login.max-failures:5}") int maxFailures,
			@Value("${homeward.login.lock-minutes:15}") long lockMinutes) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockTime = Duration.ofMinutes(lockMinutes);
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		this.jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = :u")
			.param("u", username)
			.update();
		this.audit.record(username, AuditAction.LOGIN_SUCCESS, "user", username, Map.of("method", "password"));
	}

	@EventListener
	@Transactional
	public void failed(AbstractAuthenticationFailureEvent event) {
		String attempted = truncate(String.valueOf(event.getAuthentication().getName()));
		boolean locked = event.getException() instanceof LockedException;
		int failures = this.jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where username = :u")
			.param("u", attempted)
			.update() == 1 ? currentFailures(attempted) : 0;
		this.audit.record(attempted, AuditAction.LOGIN_FAILURE, "user", attempted,
				Map.of("reason", locked ? "account locked" : "bad credentials", "failuresInARow", failures));
		if (!locked && failures >= this.maxFailures) {
			this.jdbc.sql("update app_user set locked_until = :until where username = :u")
				.param("until", this.clock.instant().plus(this.lockTime).atOffset(ZoneOffset.UTC))
				.param("u", attempted)
				.update();
			this.audit.record(attempted, AuditAction.ACCOUNT_LOCKED, "user", attempted,
					Map.of("minutes", this.lockTime.toMinutes(), "failuresInARow", failures));
		}
	}

	private int currentFailures(String username) {
		return this.jdbc.sql("select failed_attempts from app_user where username = :u")
			.param("u", username)
			.query(Integer.class)
			.single();
	}

	private static String truncate(String name) {
		return (name.length() > 64) ? name.substring(0, 64) : name;
	}

}
