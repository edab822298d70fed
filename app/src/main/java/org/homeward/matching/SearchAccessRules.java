package org.homeward.matching;

import org.homeward.access.AccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Searching by name is for the roles that see names.
 */
@Component
class SearchAccessRules implements AccessRules {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/search", "/api/v1/search/children").hasAnyRole("INVESTIGATOR", "CASEWORKER", "LEGAL");
	}

}
