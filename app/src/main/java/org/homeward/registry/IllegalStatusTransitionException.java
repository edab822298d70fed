package org.homeward.registry;

/**
 * A status change that the lifecycle refuses, with the reason in its message.
 */
public class IllegalStatusTransitionException extends RuntimeException {

	private final ChildStatus from;

	private final ChildStatus to;

	IllegalStatusTransitionException(ChildStatus from, ChildStatus to, String why) {
		super("Status cannot change from %s to %s: %s.".formatted(from, to, why));
		this.from = from;
		this.to = to;
	}

	public ChildStatus from() {
		return this.from;
	}

	public ChildStatus to() {
		return this.to;
	}

}
