package org.homeward.matching;

import org.homeward.access.AccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The review queue, its pages and its API are for investigators only.
 */
@Component
class ReviewAccessRules implements AccessRules {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/review", "/review/**", "/api/v1/review", "/api/v1/review/**").hasRole("INVESTIGATOR");
	}

}
