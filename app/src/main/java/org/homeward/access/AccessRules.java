package org.homeward.access;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The routes a capability opens, and to whom. Each capability declares its own rules as a
 * bean; whatever no rule names is denied. Rules apply to both the API chain
 * ({@code /api/v1/**}, bearer tokens) and the web chain (form login).
 */
public interface AccessRules {

	/**
	 * Adds this capability's request matchers.
	 * @param routes the registry to add {@code requestMatchers(...).hasAnyRole(...)} to
	 */
	void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);

}
