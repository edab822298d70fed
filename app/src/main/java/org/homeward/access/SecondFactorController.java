package org.homeward.access;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The step after the password: enrol an authenticator app, or type its code. Until then
 * the session holds only the {@code TOTP_PENDING} authority, which opens nothing but
 * these two pages.
 */
@Controller
class SecondFactorController implements AuthenticationSuccessHandler {

	private static final String FULL = SecondFactorController.class.getName() + ".authentication";

	private final SecondFactor secondFactor;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SavedRequestAwareAuthenticationSuccessHandler done = new SavedRequestAwareAuthenticationSuccessHandler();

	SecondFactorController(SecondFactor secondFactor) {
		this.secondFactor = secondFactor;
		this.done.setDefaultTargetUrl("/children");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (!this.secondFactor.requiredFor(authentication)) {
			this.done.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		request.getSession().setAttribute(FULL, authentication);
		store(UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
				java.util.List.of(new SimpleGrantedAuthority(SecondFactor.PENDING))), request, response);
		response.sendRedirect(request.getContextPath() + "/login/totp");
	}

	@GetMapping("/login/totp")
	String page(Authentication pending, Model model) {
		SecondFactor.Enrolment enrolment = this.secondFactor.enrolment(pending.getName());
		if (!enrolment.confirmed()) {
			model.addAttribute("secret", enrolment.secret());
			model.addAttribute("uri", Totp.uri(pending.getName(), enrolment.secret()));
		}
		return "login-totp";
	}

	@PostMapping("/login/totp")
	String verify(@RequestParam String code, Authentication pending, HttpServletRequest request,
			HttpServletResponse response) {
		HttpSession session = request.getSession();
		@Nullable Authentication full = (Authentication) session.getAttribute(FULL);
		if (full == null || !this.secondFactor.verify(pending.getName(), code)) {
			return "redirect:/login/totp?error";
		}
		session.removeAttribute(FULL);
		request.changeSessionId();
		store(full, request, response);
		return "redirect:/children";
	}

	private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
