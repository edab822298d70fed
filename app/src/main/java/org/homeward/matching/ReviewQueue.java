package org.homeward.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.homeward.evidence.Mention;
import org.homeward.evidence.SourceMentions;
import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.EventType;
import org.homeward.registry.NewEvent;
import org.homeward.registry.PartialDate;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue and its decisions. A decision and its undo are each one transaction:
 * the item, the registry (identity version, timeline entry) and the audit ledger (action
 * CHANGE, target {@code review-item}) change together or not at all.
 */
@Service
class ReviewQueue {

	private final JdbcReviewRepository repository;

	private final ChildRegistry registry;

	private final SourceMentions mentions;

	private final AuditLedger audit;

	private final Clock clock;

	private final DuplicateReview duplicates;

	ReviewQueue(JdbcReviewRepository repository, ChildRegistry registry, SourceMentions mentions, AuditLedger audit,
			Clock clock, DuplicateReview duplicates) {
		this.duplicates = duplicates;
		this.repository = repository;
		this.registry = registry;
		this.mentions = mentions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Open items.
	 * @param order closeness to the match threshold, the mention's birth date (youngest
	 * first) or source
	 * @param sourceId only this source's items, or null
	 * @return at most 200 items
	 */
	@Transactional(readOnly = true)
	List<ReviewItem> open(JdbcReviewRepository.Order order, @Nullable Long sourceId) {
		return this.repository.open(order, sourceId, 200);
	}

	@Transactional(readOnly = true)
	List<Long> sources() {
		return this.repository.sourcesWithOpenItems();
	}

	/**
	 * One item.
	 * @throws NoSuchElementException when there is none with this id
	 */
	@Transactional(readOnly = true)
	ReviewItem item(long id) {
		return this.repository.find(id).orElseThrow(() -> new NoSuchElementException("No review item " + id));
	}

	@Transactional
	ReviewItem assign(long id, String reviewer) {
		item(id);
		this.repository.assign(id, reviewer);
		this.audit.record(reviewer, AuditAction.CHANGE, "review-item", Long.toString(id),
				Map.of("assignedTo", reviewer));
		return item(id);
	}

	/**
	 * Decides an open item.
	 * @param id the item
	 * @param decision the decision
	 * @param note the reviewer's note; required for {@link ReviewDecision#NOT_SURE}
	 * @param actor the reviewer
	 * @return the item after the decision
	 * @throws IllegalStateException when the item was decided already
	 * @throws IllegalArgumentException when "not sure" comes without a note
	 */
	@Transactional
	ReviewItem decide(long id, ReviewDecision decision, @Nullable String note, String actor) {
		ReviewItem item = item(id);
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		if (decision == ReviewDecision.NOT_SURE && cleanNote == null) {
			throw new IllegalArgumentException("\"not sure\" needs a note saying what is unclear");
		}
		if (!item.open() || (item.decision() != null && decision == ReviewDecision.NOT_SURE)) {
			throw new IllegalStateException("review item " + id + " was decided already; undo that decision first");
		}
		if (item.duplicate()) {
			this.duplicates.decide(item, decision, cleanNote, actor);
			return item(id);
		}
		Mention mention = mention(item);
		UUID linked = null;
		if (decision == ReviewDecision.SAME_CHILD) {
			Child child = this.registry.addIdentity(item.childId(),
					MentionRecords.identity(mention, MentionRecords.citation(mention) + ", review " + id), actor);
			linked = child.identities().get(child.identities().size() - 1).id();
			this.repository.updateLink(mention.id(), item.childId(), linked, MentionOutcome.LINKED,
					this.clock.instant());
		}
		else if (decision == ReviewDecision.DIFFERENT_CHILDREN) {
			this.repository.insertCannotLink(mention.id(), item.childId(), id, actor, this.clock.instant());
			this.repository.updateLink(mention.id(), item.childId(), null, MentionOutcome.REJECTED,
					this.clock.instant());
		}
		if (!this.repository.decide(id, decision, cleanNote, linked, actor, this.clock.instant())) {
			throw new IllegalStateException("review item " + id + " was decided by someone else meanwhile");
		}
		history(item, mention, "decided: " + decision + ((cleanNote != null) ? " (" + cleanNote + ")" : ""), actor);
		Map<String, Object> detail = detail(item, decision);
		detail.put("note", (cleanNote != null) ? cleanNote : "");
		if (linked != null) {
			detail.put("linkedVersionId", linked);
		}
		this.audit.record(actor, AuditAction.CHANGE, "review-item", Long.toString(id), detail);
		return item(id);
	}

	/**
	 * Reverses an item's decision: the item returns to the queue, a "same child" link's
	 * identity version is removed and a cannot-link is lifted.
	 * @param id the item
	 * @param actor who undoes it
	 * @return the item, open again
	 * @throws IllegalStateException when the item has no decision to undo
	 */
	@Transactional
	ReviewItem undo(long id, String actor) {
		ReviewItem item = item(id);
		ReviewDecision decision = item.decision();
		if (decision == null) {
			throw new IllegalStateException("review item " + id + " has no decision to undo");
		}
		if (item.duplicate()) {
			this.duplicates.undo(item, decision, actor);
			return item(id);
		}
		Mention mention = mention(item);
		if (decision == ReviewDecision.SAME_CHILD && item.linkedVersionId() != null) {
			this.registry.removeIdentity(item.childId(), item.linkedVersionId(), "review " + id + " undone", actor);
		}
		if (decision == ReviewDecision.DIFFERENT_CHILDREN) {
			this.repository.deleteCannotLink(mention.id(), item.childId());
		}
		this.repository.updateLink(mention.id(), item.childId(), null, MentionOutcome.REVIEW, this.clock.instant());
		this.repository.reopen(id);
		history(item, mention, "decision " + decision + " undone", actor);
		Map<String, Object> detail = detail(item, decision);
		detail.put("undone", true);
		this.audit.record(actor, AuditAction.CHANGE, "review-item", Long.toString(id), detail);
		return item(id);
	}

	private Mention mention(ReviewItem item) {
		Long mentionId = item.mentionId();
		if (mentionId == null) {
			throw new NoSuchElementException("Review item " + item.id() + " has no mention");
		}
		return this.mentions.mention(mentionId)
			.orElseThrow(() -> new NoSuchElementException("No mention " + item.mentionId()));
	}

	/** The decision in the child's history: a timeline entry citing the mention. */
	private void history(ReviewItem item, Mention mention, String what, String actor) {
		String name = MentionRecords.identity(mention, MentionRecords.citation(mention)).fullName();
		this.registry.addEvent(item.childId(),
				new NewEvent(EventType.OTHER, PartialDate.of(LocalDate.now(this.clock)), null,
						"Review " + item.id() + " of mention \"" + name + "\": " + what,
						List.of(MentionRecords.citation(mention))),
				actor);
	}

	private static Map<String, Object> detail(ReviewItem item, ReviewDecision decision) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("decision", decision);
		detail.put("mentionId", item.mentionId());
		detail.put("sourceId", item.sourceId());
		detail.put("childId", item.childId());
		return detail;
	}

}
