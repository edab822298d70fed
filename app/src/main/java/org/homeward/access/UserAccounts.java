package org.homeward.access;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Users and their API tokens. Secrets are taken or shown once and stored only as hashes.
 * Every change is recorded in the audit ledger as a permission change by {@code actor}.
 */
public interface UserAccounts {

	/**
	 * Creates a user.
	 * @param username the login name: 2-64 letters, digits, dots, dashes, underscores
	 * @param password the password in clear; must meet the password policy
	 * @param role the user's role
	 * @param actor who creates the user
	 * @throws IllegalArgumentException when the name is taken or malformed, or the
	 * password is too weak
	 */
	void createUser(String username, String password, Role role, String actor);

	/**
	 * Sets a new password and unlocks the account.
	 * @param username whose password
	 * @param password the new password in clear; must meet the password policy
	 * @param actor who changes it
	 * @throws IllegalArgumentException when there is no such user or the password is too
	 * weak
	 */
	void changePassword(String username, String password, String actor);

	/**
	 * Disables a user: no more logins, no more token use.
	 * @param username who
	 * @param actor who disables them
	 * @throws IllegalArgumentException when there is no such user
	 */
	void disable(String username, String actor);

	/**
	 * Creates a personal API token. The token is returned once and stored only as a hash.
	 * @param username the owner
	 * @param name what the token is for, unique per user
	 * @param expiresAt when it stops working, or null for never
	 * @param actor who creates it
	 * @return the token, to be shown once
	 */
	String issueToken(String username, String name, @Nullable Instant expiresAt, String actor);

	/**
	 * Revokes a token.
	 * @param username the owner
	 * @param name the token's name
	 * @param actor who revokes it
	 * @return true when a live token of that name was revoked
	 */
	boolean revokeToken(String username, String name, String actor);

	/**
	 * A user's tokens, newest first; never the secrets.
	 * @param username the owner
	 * @return the tokens
	 */
	List<ApiToken> tokens(String username);

	/**
	 * Every user, by name.
	 * @return the users
	 */
	List<UserSummary> users();

	/**
	 * A personal API token as its owner sees it: never the secret.
	 *
	 * @param name what it is for
	 * @param createdAt when it was made
	 * @param expiresAt when it stops working, or null
	 * @param revokedAt when it was revoked, or null
	 */
	record ApiToken(String name, Instant createdAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt) {
	}

	/**
	 * A user as administrators see them.
	 *
	 * @param username the login name
	 * @param role the role
	 * @param enabled false once disabled
	 * @param locked true while locked after failed logins
	 * @param secondFactor true once an authenticator app is enrolled
	 */
	record UserSummary(String username, Role role, boolean enabled, boolean locked, boolean secondFactor) {
	}

	/**
	 * Counts users.
	 * @return the count
	 */
	long countUsers();

	/**
	 * Whether any of the demo users' well-known passwords or tokens would open this
	 * database: a real deployment must never start with them.
	 * @return the first user name that has a demo credential, or null
	 */
	@Nullable String firstDemoCredential();

}
