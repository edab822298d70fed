package org.homeward.access;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The ledger and user pages are for administrators; a record's trail can be exported by
 * administrators and legal teams; every user manages their own tokens.
 */
@Component
class AccessRoutes implements AccessRules {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/admin/audit", "/admin/users", "/admin/users/**")
			.hasRole("ADMIN")
			.requestMatchers("/account", "/account/**")
			.hasAnyRole("ADMIN", "INVESTIGATOR", "CASEWORKER", "LEGAL", "ANALYST")
			.requestMatchers("/api/v1/audit/**")
			.hasAnyRole("ADMIN", "LEGAL");
	}

}
