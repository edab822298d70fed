package org.homeward.matching;

/**
 * What a reviewer says about a mention and a candidate child.
 */
public enum ReviewDecision {

	/**
	 * The mention is about this child: it becomes one of the child's identity versions.
	 */
	SAME_CHILD,
	/**
	 * The mention is about another child: a cannot-link is recorded and the pair is never
	 * proposed or linked again.
	 */
	DIFFERENT_CHILDREN,
	/** The reviewer cannot tell; the item stays in the queue with the note. */
	NOT_SURE

}
