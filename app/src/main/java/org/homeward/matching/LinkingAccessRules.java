package org.homeward.matching;

import org.homeward.access.AccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Linking jobs (progress, re-link, reports) are for administrators: the reports name
 * mentions and children by id only.
 */
@Component
class LinkingAccessRules implements AccessRules {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/admin/linking", "/admin/linking/**").hasRole("ADMIN");
	}

}
