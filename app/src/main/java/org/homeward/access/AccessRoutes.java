package org.homeward.access;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The ledger page is for administrators; a record's trail can be exported by
 * administrators and legal teams.
 */
@Component
class AccessRoutes implements AccessRules {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/admin/audit")
			.hasRole("ADMIN")
			.requestMatchers("/api/v1/audit/**")
			.hasAnyRole("ADMIN", "LEGAL");
	}

}
