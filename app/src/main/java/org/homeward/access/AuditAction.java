package org.homeward.access;

/**
 * What an audit entry records.
 */
public enum AuditAction {

	/** A child's record (or another protected record) was read. */
	READ,
	/** A list or search over protected records was run; the detail holds the query. */
	SEARCH,
	/** A record was created; the detail holds what was written. */
	CREATE,
	/** A record was changed; the detail holds before and after. */
	CHANGE,
	/** Data left Homeward: an export, a package, a download. */
	EXPORT, LOGIN_SUCCESS, LOGIN_FAILURE, ACCOUNT_LOCKED,
	/** A user, role, token or restriction changed. */
	PERMISSION_CHANGE

}
