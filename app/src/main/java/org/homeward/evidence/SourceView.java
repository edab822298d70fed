package org.homeward.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * A source as the API and the pages show it. A withheld source's link is left out for
 * anyone outside the team (investigators, legal, caseworkers).
 */
record SourceView(long id, SourceKind kind, String title, @Nullable String publisher, @Nullable String url,
		@Nullable String language, @Nullable LocalDate publishedOn, @Nullable LocalDate capturedOn,
		@Nullable String reliability, boolean withheld, @Nullable String notes, String createdBy, Instant createdAt,
		Instant updatedAt) {

	private static final Set<String> TEAM = Set.of("ROLE_INVESTIGATOR", "ROLE_LEGAL", "ROLE_CASEWORKER");

	static SourceView of(Source s, @Nullable Authentication viewer) {
		SourceDraft d = s.details();
		boolean team = viewer != null
				&& viewer.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(TEAM::contains);
		String url = (d.withheld() && !team) ? null : d.url();
		return new SourceView(s.id(), d.kind(), d.title(), d.publisher(), url, d.language(), d.publishedOn(),
				d.capturedOn(), d.reliability(), d.withheld(), d.notes(), s.createdBy(), s.createdAt(), s.updatedAt());
	}

}
