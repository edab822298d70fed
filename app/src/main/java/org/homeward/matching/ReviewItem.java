package org.homeward.matching;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One pair in the review queue: an imported mention and the candidate child it may be, or
 * (a duplicate proposal) two registered children that may be one.
 *
 * @param id the item's id
 * @param mentionId the mention, or null for a duplicate proposal
 * @param sourceId the source that states the mention, or null for a duplicate proposal
 * @param childId the candidate child
 * @param candidateVersionId the child's identity version that scored best
 * @param weight the pair's match weight in bits
 * @param closeness how far the weight lies from the match threshold, in bits
 * @param mentionBirthDate the birth date the mention states, or null
 * @param open true while the item waits for a decision (also after "not sure")
 * @param assignedTo the reviewer who took it, or null
 * @param decision the latest decision, or null when there is none
 * @param note the reviewer's note, or null
 * @param linkedVersionId the identity version a "same child" decision added, or null
 * @param decidedBy who decided, or null
 * @param decidedAt when, or null
 * @param createdAt when the item was queued
 * @param otherChildId the second child of a duplicate proposal, or null
 * @param otherVersionId that child's identity version that scored best, or null
 */
public record ReviewItem(long id, @Nullable Long mentionId, @Nullable Long sourceId, UUID childId,
		UUID candidateVersionId, double weight, double closeness, @Nullable String mentionBirthDate, boolean open,
		@Nullable String assignedTo, @Nullable ReviewDecision decision, @Nullable String note,
		@Nullable UUID linkedVersionId, @Nullable String decidedBy, @Nullable Instant decidedAt, Instant createdAt,
		@Nullable UUID otherChildId, @Nullable UUID otherVersionId) {

	public ReviewItem {
		if (closeness < 0) {
			throw new IllegalArgumentException("closeness is a distance, never negative");
		}
		if (linkedVersionId != null && decision != ReviewDecision.SAME_CHILD) {
			throw new IllegalArgumentException("only a same-child decision links an identity version");
		}
		if ((mentionId == null) == (otherChildId == null)) {
			throw new IllegalArgumentException("an item pairs a child with either a mention or another child");
		}
	}

	/**
	 * Whether this item proposes that two registered children are one.
	 * @return true for a duplicate proposal
	 */
	public boolean duplicate() {
		return this.otherChildId != null;
	}

}
