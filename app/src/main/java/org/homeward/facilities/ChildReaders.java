package org.homeward.facilities;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Who may see which children were at a facility: the roles that read children in the
 * registry. Everyone else sees aggregates with small cells suppressed.
 */
final class ChildReaders {

	static final String[] ROLES = { "INVESTIGATOR", "CASEWORKER", "LEGAL" };

	/**
	 * Counts below this are shown as "fewer than 5" to those who may not see children.
	 */
	static final int SMALL_CELL = 5;

	private static final Set<String> AUTHORITIES = Set.of("ROLE_INVESTIGATOR", "ROLE_CASEWORKER", "ROLE_LEGAL");

	private ChildReaders() {
	}

	static boolean canSeeChildren(@Nullable Authentication user) {
		return user != null && !(user instanceof AnonymousAuthenticationToken)
				&& user.getAuthorities().stream().anyMatch(a -> AUTHORITIES.contains(a.getAuthority()));
	}

	static boolean canLinkChildren(@Nullable Authentication user) {
		return user != null
				&& user.getAuthorities().stream().anyMatch(a -> "ROLE_INVESTIGATOR".equals(a.getAuthority()));
	}

	/**
	 * A count as this user may see it.
	 * @param count the true count
	 * @param exact whether the user may see exact counts
	 * @return the count, or null when it is suppressed
	 */
	static @Nullable Integer visible(int count, boolean exact) {
		return (exact || count >= SMALL_CELL) ? count : null;
	}

}
