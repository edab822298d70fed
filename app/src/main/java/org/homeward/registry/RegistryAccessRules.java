package org.homeward.registry;

import org.homeward.access.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Children are read by investigators, caseworkers and legal teams, and changed by
 * investigators and caseworkers. Analysts read the API's pseudonymised records only; the
 * public never sees a child.
 */
@Component
class RegistryAccessRules implements AccessRules {

	private static final String[] READERS = { "INVESTIGATOR", "CASEWORKER", "LEGAL" };

	private static final String[] WRITERS = { "INVESTIGATOR", "CASEWORKER" };

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/children/new", "/children/*/identities/new",
					"/children/*/identities/*/edit")
			.hasAnyRole(WRITERS)
			.requestMatchers(HttpMethod.GET, "/api/v1/children", "/api/v1/children/*")
			.hasAnyRole("INVESTIGATOR", "CASEWORKER", "LEGAL", "ANALYST")
			.requestMatchers(HttpMethod.GET, "/api/v1/children/**", "/children", "/children/**")
			.hasAnyRole(READERS)
			.requestMatchers("/api/v1/children", "/api/v1/children/**", "/children", "/children/**")
			.hasAnyRole(WRITERS);
	}

}
