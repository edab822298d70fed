package org.homeward.access;

/**
 * What a user does in Homeward; each role sees only what it needs.
 */
public enum Role {

	/** Users and settings; no casework by default. */
	ADMIN,
	/** Children, sources, facilities, matching review. */
	INVESTIGATOR,
	/** Tracing requests and the return workflow; sees family contact details. */
	CASEWORKER,
	/** Reads records and evidence, exports court packages. */
	LEGAL,
	/** Pseudonymised records and aggregates only. */
	ANALYST;

	/**
	 * The authority Spring Security checks for this role.
	 * @return {@code ROLE_} and the name
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
