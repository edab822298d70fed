package org.homeward.votes;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public pages: the list of resolutions, a resolution's voting board, a member's
 * votes, two resolutions compared.
 */
@Controller
@RequestMapping("/votes")
class VotesPageController {

	private final GeneralAssemblyVotes votes;

	VotesPageController(GeneralAssemblyVotes votes) {
		this.votes = votes;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("resolutions", this.votes.resolutions());
		model.addAttribute("members", this.votes.memberStates());
		return "votes/list";
	}

	@GetMapping("/{id:\\d+}")
	String board(@PathVariable long id, Model model) {
		VotingBoard board = this.votes.board(id);
		model.addAttribute("board", board);
		model.addAttribute("resolution", board.resolution());
		model.addAttribute("others", this.votes.resolutions().stream().filter(r -> r.id() != id).toList());
		return "votes/board";
	}

	@GetMapping("/{id:\\d+}/map")
	String map(@PathVariable long id, Model model) {
		model.addAttribute("resolution", this.votes.board(id).resolution());
		return "votes/map";
	}

	@GetMapping("/members")
	String findMember(@RequestParam String code) {
		MemberState member = this.votes.findMemberState(code)
			.orElseThrow(() -> new VotesNotFoundException("No UN member state is called " + code));
		return "redirect:/votes/members/" + member.code();
	}

	@GetMapping("/members/{code}")
	String member(@PathVariable String code, Model model) {
		model.addAttribute("history", this.votes.memberHistory(code));
		return "votes/member";
	}

	@GetMapping("/compare")
	String compare(@RequestParam(required = false) @Nullable Long a, @RequestParam(required = false) @Nullable Long b,
			Model model) {
		List<Resolution> resolutions = this.votes.resolutions();
		model.addAttribute("resolutions", resolutions);
		model.addAttribute("a", a);
		model.addAttribute("b", b);
		if (a != null && b != null) {
			model.addAttribute("comparison", this.votes.compare(a, b));
		}
		return "votes/compare";
	}

	@ExceptionHandler(VotesNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(VotesNotFoundException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "not-found";
	}

}
