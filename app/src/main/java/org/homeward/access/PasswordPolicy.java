package org.homeward.access;

import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least 12 characters, not the user name, not one of the
 * passwords every attacker tries first.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	private static final Set<String> COMMON = Set.of("123456789012", "password1234", "qwertyuiop12", "passwordpassword",
			"iloveyou1234", "homeward1234", "administrator", "letmein12345", "welcome12345", "changeme1234");

	private PasswordPolicy() {
	}

	/**
	 * Checks a new password.
	 * @param username whose password it is
	 * @param password the password in clear
	 * @throws IllegalArgumentException saying what is wrong
	 */
	static void check(String username, String password) {
		if (password.length() < MIN_LENGTH) {
			throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (lower.contains(username.toLowerCase(Locale.ROOT))) {
			throw new IllegalArgumentException("a password must not contain the user name");
		}
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 5) {
			throw new IllegalArgumentException("this password is too easy to guess");
		}
	}

}
