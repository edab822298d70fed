package org.homeward.access;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes sure the database has the users it should have before anyone can log in.
 * <ul>
 * <li>Demo mode: the demo users ({@code admin}, {@code investigator}, {@code caseworker},
 * {@code analyst}, {@code legal}), each with password {@code demo} and API token
 * {@code demo-<user>}.</li>
 * <li>Otherwise: refuses to start while any demo credential opens the database, and on a
 * database without users creates {@code admin} with {@code HOMEWARD_ADMIN_PASSWORD} or a
 * random password printed once on the console (never to the log).</li>
 * </ul>
 * It runs once every bean is ready and before the web server opens its port, so that no
 * request is ever served with the wrong users.
 */
@Component
class AccountBootstrap implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	private final JdbcUserAccounts accounts;

	private final boolean demo;

	private final String adminPassword;

	private final boolean operator;

	AccountBootstrap(JdbcUserAccounts accounts, @Value("${homeward.demo:false}") boolean demo,
			@Value("${homeward.operator:false}") boolean operator,
			@Value("${HOMEWARD_ADMIN_PASSWORD:}") String adminPassword) {
		this.accounts = accounts;
		this.demo = demo;
		this.operator = operator;
		this.adminPassword = adminPassword;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.operator) {
			return;
		}
		if (this.demo) {
			createDemoUsers();
			return;
		}
		String demoUser = this.accounts.firstDemoCredential();
		if (demoUser != null) {
			throw new IllegalStateException("Refusing to serve: user '" + demoUser
					+ "' has a demo password or token. This database was made by 'homeward demo'; "
					+ "use another --data folder or database for real data.");
		}
		if (this.accounts.countUsers() == 0) {
			createFirstAdmin();
		}
	}

	private void createDemoUsers() {
		for (Role role : Role.values()) {
			String username = role.name().toLowerCase(java.util.Locale.ROOT);
			if (this.accounts.findUser(username).isEmpty()) {
				this.accounts.insertUser(username, JdbcUserAccounts.DEMO_PASSWORD, role);
				this.accounts.storeToken(username, "demo token", JdbcUserAccounts.demoToken(username), null);
			}
		}
		log.info("Demo users ready: admin, investigator, caseworker, analyst, legal (password 'demo')");
	}

	private void createFirstAdmin() {
		boolean given = !this.adminPassword.isBlank();
		String password = given ? this.adminPassword : randomPassword();
		try {
			this.accounts.createUser("admin", password, Role.ADMIN, "homeward");
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("HOMEWARD_ADMIN_PASSWORD is not accepted: " + ex.getMessage(), ex);
		}
		log.info("Created the first user 'admin'");
		if (!given) {
			System.out.println();
			System.out.println("  First start: created user 'admin' with password  " + password);
			System.out.println("  It is shown only this once. Change it after logging in.");
			System.out.println();
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
