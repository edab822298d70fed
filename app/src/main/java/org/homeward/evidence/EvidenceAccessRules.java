package org.homeward.evidence;

import org.homeward.access.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Evidence is read by investigators, legal teams and caseworkers; only investigators
 * record sources, capture, upload and import mentions. Analysts and the public never see
 * a source (so never a withheld link).
 */
@Component
class EvidenceAccessRules implements AccessRules {

	private static final String[] READERS = { "INVESTIGATOR", "LEGAL", "CASEWORKER" };

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/evidence/sources/new")
			.hasRole("INVESTIGATOR")
			.requestMatchers(HttpMethod.GET, "/api/v1/sources", "/api/v1/sources/**", "/api/v1/evidence/**",
					"/evidence", "/evidence/**")
			.hasAnyRole(READERS)
			.requestMatchers("/api/v1/sources", "/api/v1/sources/**", "/api/v1/evidence/**", "/evidence/**")
			.hasRole("INVESTIGATOR");
	}

}
