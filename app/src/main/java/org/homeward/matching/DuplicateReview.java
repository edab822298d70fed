package org.homeward.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.EventType;
import org.homeward.registry.NewEvent;
import org.homeward.registry.PartialDate;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Decisions on duplicate proposals, two registered children that may be one. "Same child"
 * merges the younger record into the older one ({@link ChildRegistry#merge}: nothing is
 * moved or lost); "different children" records a cannot-link so that the pair is never
 * proposed again; undoing splits the merge or lifts the cannot-link. Runs inside
 * {@link ReviewQueue}'s transactions.
 */
@Component
class DuplicateReview {

	private final JdbcReviewRepository repository;

	private final JdbcDuplicates duplicates;

	private final ChildRegistry registry;

	private final AuditLedger audit;

	private final Clock clock;

	DuplicateReview(JdbcReviewRepository repository, JdbcDuplicates duplicates, ChildRegistry registry,
			AuditLedger audit, Clock clock) {
		this.repository = repository;
		this.duplicates = duplicates;
		this.registry = registry;
		this.audit = audit;
		this.clock = clock;
	}

	void decide(ReviewItem item, ReviewDecision decision, @Nullable String note, String actor) {
		UUID other = other(item);
		history(item, "decided: " + decision + ((note != null) ? " (" + note + ")" : ""), actor);
		if (decision == ReviewDecision.SAME_CHILD) {
			Child a = this.registry.get(item.childId());
			Child b = this.registry.get(other);
			boolean aFirst = !a.createdAt().isAfter(b.createdAt());
			this.registry.merge(aFirst ? a.id() : b.id(), aFirst ? b.id() : a.id(),
					"review " + item.id() + ": the same child", actor);
		}
		else if (decision == ReviewDecision.DIFFERENT_CHILDREN) {
			this.duplicates.insertCannotLink(item.childId(), other, item.id(), actor, this.clock.instant());
		}
		if (!this.repository.decide(item.id(), decision, note, null, actor, this.clock.instant())) {
			throw new IllegalStateException("review item " + item.id() + " was decided by someone else meanwhile");
		}
		Map<String, Object> detail = detail(item, decision);
		detail.put("note", (note != null) ? note : "");
		this.audit.record(actor, AuditAction.CHANGE, "review-item", Long.toString(item.id()), detail);
	}

	void undo(ReviewItem item, ReviewDecision decision, String actor) {
		UUID other = other(item);
		if (decision == ReviewDecision.SAME_CHILD) {
			UUID merged = (this.registry.get(other).mergedInto() != null) ? other : item.childId();
			this.registry.split(merged, "review " + item.id() + " undone", actor);
		}
		if (decision == ReviewDecision.DIFFERENT_CHILDREN) {
			this.duplicates.deleteCannotLink(item.childId(), other);
		}
		this.repository.reopen(item.id());
		history(item, "decision " + decision + " undone", actor);
		Map<String, Object> detail = detail(item, decision);
		detail.put("undone", true);
		this.audit.record(actor, AuditAction.CHANGE, "review-item", Long.toString(item.id()), detail);
	}

	/** The decision in both children's histories, before a merge closes one of them. */
	private void history(ReviewItem item, String what, String actor) {
		Child a = this.registry.get(item.childId());
		Child b = this.registry.get(other(item));
		for (Child[] pair : List.of(new Child[] { a, b }, new Child[] { b, a })) {
			if (pair[0].mergedInto() == null) {
				this.registry.addEvent(pair[0].id(),
						new NewEvent(
								EventType.OTHER, PartialDate.of(LocalDate.now(this.clock)), null, "Review " + item.id()
										+ " of a possible duplicate, " + pair[1].caseNumber() + ": " + what,
								List.of("review " + item.id())),
						actor);
			}
		}
	}

	private static UUID other(ReviewItem item) {
		UUID other = item.otherChildId();
		if (other == null) {
			throw new IllegalArgumentException("review item " + item.id() + " is not a duplicate proposal");
		}
		return other;
	}

	private static Map<String, Object> detail(ReviewItem item, ReviewDecision decision) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("decision", decision);
		detail.put("childId", item.childId());
		detail.put("otherChildId", other(item));
		return detail;
	}

}
