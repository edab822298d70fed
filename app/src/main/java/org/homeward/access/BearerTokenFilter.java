package org.homeward.access;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} with a personal API token. An
 * unknown, revoked or expired token gets 401 at once; the token is never logged.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final JdbcUserAccounts accounts;

	private final AuditLedger audit;

	BearerTokenFilter(JdbcUserAccounts accounts, AuditLedger audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.startsWith(PREFIX)) {
			chain.doFilter(request, response);
			return;
		}
		var owner = this.accounts.tokenOwner(header.substring(PREFIX.length()).strip());
		if (owner.isEmpty()) {
			this.audit.record("anonymous", AuditAction.LOGIN_FAILURE, "token", null,
					java.util.Map.of("reason", "unknown, revoked or expired token", "path", request.getRequestURI()));
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Invalid or expired token");
			return;
		}
		var user = owner.get();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
				List.of(new SimpleGrantedAuthority(Role.valueOf(user.role()).authority())));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
