package org.homeward.votes;

import org.homeward.access.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Votes are public facts: anyone reads the boards, the comparisons and the API. Only
 * investigators and administrators import voting files.
 */
@Component
class VotesAccessRules implements AccessRules {

	private static final String[] IMPORTERS = { "INVESTIGATOR", "ADMIN" };

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/votes/import", "/api/v1/resolutions/imports")
			.hasAnyRole(IMPORTERS)
			.requestMatchers(HttpMethod.GET, "/votes", "/votes/**", "/api/v1/resolutions", "/api/v1/resolutions/**",
					"/api/v1/member-states")
			.permitAll();
	}

}
