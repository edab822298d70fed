package org.homeward.facilities;

import org.homeward.access.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Facilities are public facts: anyone may read the list, the pages, the map and the
 * exports. Investigators record and change them. Which children stayed where is read like
 * a child: by investigators, caseworkers and legal teams; investigators link them.
 */
@Component
class FacilityAccessRules implements AccessRules {

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes
			.requestMatchers(HttpMethod.GET, "/api/v1/facilities/*/stays", "/api/v1/children/*/journey",
					"/children/*/journey")
			.hasAnyRole(ChildReaders.ROLES)
			.requestMatchers(HttpMethod.GET, "/map", "/map/**", "/geo/**", "/facilities", "/facilities/**",
					"/api/v1/facilities", "/api/v1/facilities/**", "/api/v1/facilities.geojson",
					"/api/v1/facilities.csv")
			.permitAll()
			.requestMatchers("/api/v1/facilities", "/api/v1/facilities/**", "/facilities/**")
			.hasRole("INVESTIGATOR");
	}

}
