package org.homeward.matching;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Matching model" for admins, as a page and as JSON: the model in use and the proposed
 * one with their precision and recall on the reviewed pairs; adopt the proposal, or
 * return to an earlier model (0: the engine's built-in one).
 */
@Controller
class MatchingModelController {

	private final MatchingModels models;

	MatchingModelController(MatchingModels models) {
		this.models = models;
	}

	@GetMapping("/admin/matching-model")
	String page(Authentication user, Model model) {
		model.addAttribute("report", this.models.report(user.getName()));
		return "admin/matching-model";
	}

	@PostMapping("/admin/matching-model/adopt")
	String adoptProposal(Authentication user, RedirectAttributes redirect) {
		AdoptedModel adopted = this.models.adoptProposal(user.getName());
		redirect.addFlashAttribute("adopted", adopted.id());
		return "redirect:/admin/matching-model";
	}

	@PostMapping("/admin/matching-model/models/{id:\\d+}/adopt")
	String adopt(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("adopted", adoptOrNotFound(id, user).id());
		return "redirect:/admin/matching-model";
	}

	@GetMapping("/api/v1/matching/model")
	@ResponseBody
	ModelReport report(Authentication user) {
		return this.models.report(user.getName());
	}

	@PostMapping("/api/v1/matching/model/adopt")
	@ResponseBody
	ModelReport adoptProposalApi(Authentication user) {
		this.models.adoptProposal(user.getName());
		return this.models.report(user.getName());
	}

	@PostMapping("/api/v1/matching/model/models/{id:\\d+}/adopt")
	@ResponseBody
	ModelReport adoptApi(@PathVariable long id, Authentication user) {
		adoptOrNotFound(id, user);
		return this.models.report(user.getName());
	}

	private AdoptedModel adoptOrNotFound(long id, Authentication user) {
		try {
			return this.models.adopt(id, user.getName());
		}
		catch (NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
	}

}
