package org.homeward.linkage;

/**
 * What the thresholds say about a pair.
 */
public enum Decision {

	/** At or above the match threshold: linked automatically. */
	MATCH,
	/** Between the review and the match threshold: a person should decide. */
	REVIEW,
	/** Below the review threshold, or vetoed. */
	NON_MATCH

}
