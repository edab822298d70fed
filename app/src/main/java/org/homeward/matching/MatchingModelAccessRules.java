package org.homeward.matching;

import org.homeward.access.AccessRules;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The matching model (its page and API) is for admins only: it shows aggregates of the
 * reviewers' decisions, and adopting a model changes how every mention is linked.
 */
@Component
class MatchingModelAccessRules implements AccessRules {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers("/admin/matching-model", "/admin/matching-model/**", "/api/v1/matching/model",
					"/api/v1/matching/model/**")
			.hasRole("ADMIN");
	}

}
