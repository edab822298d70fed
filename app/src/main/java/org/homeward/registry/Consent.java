package org.homeward.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the child's family or guardian agreed to: tracing, and sharing the record with
 * named organisations. Exports and matching must honour it.
 *
 * @param tracing whether the child may be traced (searched for, matched)
 * @param shareWith organisations the record may be shared with
 * @param givenBy who gave (or refused) consent, e.g. "mother"
 * @param date when
 */
public record Consent(boolean tracing, List<String> shareWith, String givenBy, LocalDate date) {

	/** Organisations a record is commonly shared with. */
	public static final Set<String> ORGANISATIONS = Set.of("ICRC", "UA_NATIONAL_INFORMATION_BUREAU", "UA_OMBUDSPERSON",
			"UA_NATIONAL_POLICE", "UNICEF", "UNHCR");

	public Consent {
		shareWith = List.copyOf(shareWith);
		for (String organisation : shareWith) {
			if (!organisation.matches("[A-Z0-9_]{2,60}")) {
				throw new IllegalArgumentException("organisation " + organisation + " is not a code like ICRC");
			}
		}
		if (givenBy.isBlank()) {
			throw new IllegalArgumentException("consent needs the person who gave it");
		}
	}

	/**
	 * Whether the record may go to an organisation.
	 * @param organisation a code such as {@code ICRC}
	 * @return true when consent names it
	 */
	public boolean allowsSharingWith(@Nullable String organisation) {
		return organisation != null && this.shareWith.contains(organisation);
	}

}
