package org.homeward.registry;

import java.util.Collection;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which protected fields of a child the current user may see. A hidden field is left out
 * of the JSON and the page, not blanked.
 *
 * @param documents document numbers
 * @param guardianContact the guardian's phone and address
 */
record FieldAccess(boolean documents, boolean guardianContact) {

	static FieldAccess of(Authentication user) {
		Collection<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		boolean caseworker = roles.contains("ROLE_CASEWORKER");
		boolean documents = caseworker || roles.contains("ROLE_INVESTIGATOR") || roles.contains("ROLE_LEGAL");
		return new FieldAccess(documents, caseworker);
	}

}
