package org.homeward.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout of every page needs: who is logged in, and whether this instance holds
 * synthetic demo data.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final boolean demo;

	LayoutAdvice(@Value("${homeward.demo:false}") boolean demo) {
		this.demo = demo;
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demo;
	}

	@ModelAttribute("currentUser")
	@Nullable String currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth == null || auth instanceof AnonymousAuthenticationToken) ? null : auth.getName();
	}

	@ModelAttribute("currentRoles")
	List<String> currentRoles() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken) {
			return List.of();
		}
		return auth.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a != null && a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.toList();
	}

}
