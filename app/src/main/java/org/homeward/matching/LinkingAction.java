package org.homeward.matching;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One step of a linking job's plan, applied in order, each in its own transaction.
 *
 * @param seq its place in the plan, from 0
 * @param kind what to do
 * @param mentionId the mention it links, queues or registers; null for a duplicate
 * proposal
 * @param leadMentionId for a mention joining a new child: the mention that registers it;
 * for a duplicate proposal: the mention whose new child is the first side, or null
 * @param childId the child (a link's target, a review's candidate, a duplicate's first
 * side), or null when {@code leadMentionId} names it
 * @param versionId that child's identity version that scored best, or null
 * @param otherChildId a duplicate's second side, or null when {@code otherLeadMentionId}
 * names it
 * @param otherVersionId its identity version that scored best, or null
 * @param otherLeadMentionId the mention whose new child is a duplicate's second side, or
 * null
 * @param weight the pair's weight in bits (0 for a new child without candidates)
 * @param closeness how far the weight lies from the match threshold, in bits
 */
record LinkingAction(int seq, Kind kind, @Nullable Long mentionId, @Nullable Long leadMentionId, @Nullable UUID childId,
		@Nullable UUID versionId, @Nullable UUID otherChildId, @Nullable UUID otherVersionId,
		@Nullable Long otherLeadMentionId, double weight, double closeness) {

	LinkingAction {
		Objects.requireNonNull(kind, "kind");
		if (kind != Kind.DUPLICATE && mentionId == null) {
			throw new IllegalArgumentException(kind + " needs a mention");
		}
	}

	/** What an action does. */
	enum Kind {

		/** Add the mention to a child as an identity version. */
		LINK,
		/** Queue the mention against a candidate child. */
		REVIEW,
		/**
		 * Register a new, unidentified child for the mention, or (with a lead mention)
		 * add the mention to the child registered for the lead.
		 */
		NEW_CHILD,
		/** Propose two children as one. */
		DUPLICATE

	}

	/** What applying an action did. */
	enum Outcome {

		LINKED, QUEUED, NEW_CHILD, DUPLICATE, UNCHANGED, FAILED

	}

}
