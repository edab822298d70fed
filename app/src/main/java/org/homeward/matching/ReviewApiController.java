package org.homeward.matching;

import java.util.List;

import org.homeward.registry.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue as JSON: list, decide, undo.
 */
@RestController
class ReviewApiController {

	private final ReviewQueue queue;

	private final ReviewViews views;

	ReviewApiController(ReviewQueue queue, ReviewViews views) {
		this.queue = queue;
		this.views = views;
	}

	@GetMapping("/api/v1/review")
	List<QueueEntry> queue(@RequestParam(defaultValue = "closeness") String sort,
			@RequestParam(required = false) @Nullable Long source, Authentication user) {
		return this.views.queue(ReviewPageController.order(sort), source, Viewer.of(user));
	}

	@PostMapping("/api/v1/review/{id:\\d+}/decision")
	ReviewItem decide(@PathVariable long id, @RequestBody DecisionRequest request, Authentication user) {
		ReviewDecision decision = request.decision();
		if (decision == null) {
			throw new IllegalArgumentException("decision is SAME_CHILD, DIFFERENT_CHILDREN or NOT_SURE");
		}
		return ReviewPageController.run(() -> this.queue.decide(id, decision, request.note(), user.getName()));
	}

	@PostMapping("/api/v1/review/{id:\\d+}/undo")
	ReviewItem undo(@PathVariable long id, Authentication user) {
		return ReviewPageController.run(() -> this.queue.undo(id, user.getName()));
	}

	/**
	 * A decision as the API takes it.
	 *
	 * @param decision the decision, required
	 * @param note the reviewer's note; required for {@code NOT_SURE}
	 */
	record DecisionRequest(@Nullable ReviewDecision decision, @Nullable String note) {
	}

}
