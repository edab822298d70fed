package org.homeward.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own account (personal API tokens, shown once) and the administrators' list of
 * users.
 */
@Controller
class AccountController {

	private final UserAccounts accounts;

	AccountController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account")
	String account(Authentication user, Model model) {
		model.addAttribute("tokens", this.accounts.tokens(user.getName()));
		return "account";
	}

	@PostMapping("/account/tokens")
	String createToken(@RequestParam String name, @RequestParam(defaultValue = "90") int days, Authentication user,
			RedirectAttributes redirect) {
		try {
			Instant expires = Instant.now().plus(Duration.ofDays(Math.min(Math.max(days, 1), 366)));
			redirect.addFlashAttribute("newToken",
					this.accounts.issueToken(user.getName(), name.strip(), expires, user.getName()));
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("accountError", "A token needs a new, non-empty name.");
		}
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/revoke")
	String revokeToken(@RequestParam String name, Authentication user) {
		this.accounts.revokeToken(user.getName(), name, user.getName());
		return "redirect:/account";
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("users", this.accounts.users());
		model.addAttribute("roles", Arrays.asList(Role.values()));
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String addUser(@RequestParam String username, @RequestParam Role role, @RequestParam String password,
			Authentication admin, RedirectAttributes redirect) {
		try {
			this.accounts.createUser(username.strip(), password, role, admin.getName());
			redirect.addFlashAttribute("message", "Created " + username.strip() + ".");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("accountError", ex.getMessage());
		}
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/disable")
	String disable(@RequestParam String username, Authentication admin, RedirectAttributes redirect) {
		try {
			this.accounts.disable(username, admin.getName());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("accountError", ex.getMessage());
		}
		return "redirect:/admin/users";
	}

}
