package org.homeward.access;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the JSON API (stateless, bearer tokens, 401 without redirect) and
 * the web UI (form login, session, CSRF). Capabilities add their routes through
 * {@link AccessRules}; everything no rule names is denied.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:%s; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	private final String csp;

	/**
	 * @param tilesUrl the map's tile server ({@code homeward.map.tiles-url}), empty for
	 * none; its origin is the one image source allowed besides this server ({@code {s}}
	 * subdomains become {@code *})
	 */
	SecurityConfiguration(@Value("${homeward.map.tiles-url:}") String tilesUrl) {
		this.csp = CSP.formatted(tileOrigin(tilesUrl));
	}

	static String tileOrigin(String tilesUrl) {
		Matcher m = Pattern.compile("(https?://[^/]+)/.*").matcher(tilesUrl.strip());
		return m.matches() ? " " + m.group(1).replace("{s}", "*") : "";
	}

	private static final String[] PUBLIC = { "/", "/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/favicon.ico", "/actuator/health", "/actuator/health/**", "/api/docs", "/api/docs/**", "/swagger-ui/**",
			"/api/v1/openapi.json", "/api/v1/openapi.json/**" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, JdbcUserAccounts accounts, AuditLedger audit, List<AccessRules> rules)
			throws Exception {
		http.securityMatcher("/api/v1/**").authorizeHttpRequests(routes -> {
			routes.requestMatchers(PUBLIC).permitAll();
			rules.forEach(r -> r.authorize(routes));
			routes.anyRequest().denyAll();
		})
			.addFilterBefore(new BearerTokenFilter(accounts, audit), UsernamePasswordAuthenticationFilter.class)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(this.csp)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, List<AccessRules> rules, SecondFactorController secondFactor)
			throws Exception {
		http.authorizeHttpRequests(routes -> {
			routes.requestMatchers(PUBLIC).permitAll();
			routes.requestMatchers("/login/totp").hasAuthority(SecondFactor.PENDING);
			rules.forEach(r -> r.authorize(routes));
			routes.anyRequest().denyAll();
		})
			.formLogin(form -> form.loginPage("/login").successHandler(secondFactor).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/?logout").permitAll())
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(this.csp))
				.frameOptions(f -> f.deny())
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
