package org.homeward.matching;

/**
 * What linking did with an imported mention.
 */
enum MentionOutcome {

	/** Linked to a child as a new identity version, automatically or by a reviewer. */
	LINKED,
	/** Waiting in the review queue against a candidate child. */
	REVIEW,
	/** Registered as a new, unidentified child awaiting review. */
	NEW_CHILD,
	/**
	 * A reviewer said the candidate is another child; the mention waits for a new lead.
	 */
	REJECTED

}
