package org.homeward.registry;

import java.util.Collection;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which protected fields of a child the current user may see. A hidden field is left out
 * of the JSON and the page, not blanked.
 * <p>
 * Analysts see pseudonymised records: no names, notes, guardian, documents, settlement or
 * source citations, and the birth year only. Investigators and legal teams see names and
 * documents but not the guardian's contact; caseworkers see everything.
 *
 * @param identifying names, exact birth date, settlement, guardian, notes, citations
 * @param documents document numbers
 * @param guardianContact the guardian's phone and address
 */
record FieldAccess(boolean identifying, boolean documents, boolean guardianContact) {

	static FieldAccess of(Authentication user) {
		Collection<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		boolean caseworker = roles.contains("ROLE_CASEWORKER");
		boolean identifying = caseworker || roles.contains("ROLE_INVESTIGATOR") || roles.contains("ROLE_LEGAL");
		return new FieldAccess(identifying, identifying, caseworker);
	}

	/**
	 * A list entry as this user may see it.
	 * @param summary the full entry
	 * @return the entry, pseudonymised for users who may not see identities
	 */
	ChildSummary apply(ChildSummary summary) {
		if (this.identifying) {
			return summary;
		}
		PartialDate born = summary.birthDate();
		return new ChildSummary(summary.id(), summary.caseNumber(), summary.status(), summary.synthetic(), null, null,
				(born != null) ? new PartialDate(born.year(), null, null) : null, summary.oblast(),
				summary.identityCount());
	}

	ChildPage apply(ChildPage page) {
		return this.identifying ? page : new ChildPage(page.items().stream().map(this::apply).toList(), page.page(),
				page.size(), page.totalItems());
	}

}
