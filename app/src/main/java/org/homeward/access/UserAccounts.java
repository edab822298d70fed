package org.homeward.access;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Users and their API tokens. Secrets are taken once and stored only as hashes.
 */
public interface UserAccounts {

	/**
	 * Creates a user.
	 * @param username the login name: letters, digits, dot, dash, underscore
	 * @param password the password in clear, hashed before it is stored
	 * @param role the user's role
	 * @throws IllegalArgumentException when the name is taken or malformed
	 */
	void createUser(String username, String password, Role role);

	/**
	 * Creates a personal API token for a user.
	 * @param username the owner
	 * @param name what the token is for
	 * @param secret the token in clear, hashed before it is stored
	 * @param expiresAt when it stops working, or null for never
	 */
	void createToken(String username, String name, String secret, @Nullable Instant expiresAt);

	/**
	 * Counts users.
	 * @return the count
	 */
	long countUsers();

	/**
	 * Whether any of the demo users' well-known passwords or tokens would open this
	 * database: a real deployment must never start with them.
	 * @return the first user name that has a demo credential, if any
	 */
	@Nullable String firstDemoCredential();

}
