package org.homeward.matching;

import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import org.homeward.registry.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue and the comparison page. Decisions are forms (the keyboard shortcuts
 * of {@code review.js} submit them); after a decision or an undo the reviewer is back on
 * the item, which shows the decision and the way to undo it.
 */
@Controller
class ReviewPageController {

	private final ReviewQueue queue;

	private final ReviewViews views;

	ReviewPageController(ReviewQueue queue, ReviewViews views) {
		this.queue = queue;
		this.views = views;
	}

	@GetMapping("/review")
	String queue(@RequestParam(defaultValue = "closeness") String sort,
			@RequestParam(required = false) @Nullable Long source, Authentication user, Model model) {
		model.addAttribute("entries", this.views.queue(order(sort), source, Viewer.of(user)));
		model.addAttribute("sources", this.views.sources());
		model.addAttribute("sort", sort);
		model.addAttribute("source", source);
		return "review/queue";
	}

	@GetMapping("/review/{id:\\d+}")
	String compare(@PathVariable long id, Authentication user, Model model) {
		try {
			ReviewItem item = this.queue.item(id);
			if (item.duplicate()) {
				model.addAttribute("c", this.views.compareDuplicate(item, Viewer.of(user)));
				return "review/duplicate";
			}
			model.addAttribute("c", this.views.compare(id, Viewer.of(user)));
		}
		catch (NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		return "review/compare";
	}

	@PostMapping("/review/{id:\\d+}/assign")
	String assign(@PathVariable long id, Authentication user) {
		run(() -> this.queue.assign(id, user.getName()));
		return "redirect:/review/" + id;
	}

	@PostMapping("/review/{id:\\d+}/decision")
	String decide(@PathVariable long id, @RequestParam ReviewDecision decision,
			@RequestParam(required = false) @Nullable String note, Authentication user, RedirectAttributes flash) {
		run(() -> this.queue.decide(id, decision, note, user.getName()));
		flash.addFlashAttribute("decided", id);
		flash.addFlashAttribute("decision", decision);
		return "redirect:/review/" + id;
	}

	@PostMapping("/review/{id:\\d+}/undo")
	String undo(@PathVariable long id, Authentication user) {
		run(() -> this.queue.undo(id, user.getName()));
		return "redirect:/review/" + id;
	}

	static JdbcReviewRepository.Order order(String sort) {
		try {
			return JdbcReviewRepository.Order.valueOf(sort.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "sort is closeness, age or source");
		}
	}

	/**
	 * Runs a change, answering a missing item 404, a refused one 400 and a stale one 409.
	 */
	static <T> T run(Supplier<T> change) {
		try {
			return change.get();
		}
		catch (NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		catch (IllegalStateException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage());
		}
	}

}
