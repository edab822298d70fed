package org.homeward.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public landing page and the login page.
 */
@Controller
class PublicPageController {

	@GetMapping("/")
	String landing() {
		return "landing";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
