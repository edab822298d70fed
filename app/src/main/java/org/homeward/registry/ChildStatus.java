package org.homeward.registry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a child stands, from the first report to reintegration at home.
 * <p>
 * Moves forward along the path need only a date. Moves back (a returned child deported
 * again, contact lost) and closing a case need a reason, so that the record says why. A
 * deceased child's case can only be closed; a closed case is reopened with a reason.
 * {@code REINTEGRATED} follows {@code RETURNED} and nothing else.
 */
public enum ChildStatus {

	REPORTED_MISSING, DEPORTED, FORCIBLY_TRANSFERRED, LOCATED, CONTACT_ESTABLISHED, RETURN_IN_PROGRESS, RETURNED,
	REINTEGRATED, DECEASED, CLOSED;

	private static final Map<ChildStatus, Set<ChildStatus>> FORWARD = Map.of(REPORTED_MISSING,
			EnumSet.of(DEPORTED, FORCIBLY_TRANSFERRED, LOCATED, CONTACT_ESTABLISHED, RETURNED), DEPORTED,
			EnumSet.of(LOCATED, CONTACT_ESTABLISHED, RETURN_IN_PROGRESS, RETURNED), FORCIBLY_TRANSFERRED,
			EnumSet.of(DEPORTED, LOCATED, CONTACT_ESTABLISHED, RETURN_IN_PROGRESS, RETURNED), LOCATED,
			EnumSet.of(CONTACT_ESTABLISHED, RETURN_IN_PROGRESS, RETURNED), CONTACT_ESTABLISHED,
			EnumSet.of(RETURN_IN_PROGRESS, RETURNED), RETURN_IN_PROGRESS, EnumSet.of(RETURNED), RETURNED,
			EnumSet.of(REINTEGRATED), REINTEGRATED, EnumSet.noneOf(ChildStatus.class), DECEASED, EnumSet.of(CLOSED),
			CLOSED, EnumSet.noneOf(ChildStatus.class));

	/**
	 * Checks a move from this status to another.
	 * @param target the status to move to
	 * @param reason why, possibly blank
	 * @throws IllegalStatusTransitionException when the move is not allowed, or needs a
	 * reason that is missing
	 */
	public void checkTransition(ChildStatus target, String reason) {
		if (target == this) {
			throw new IllegalStatusTransitionException(this, target, "the child already has this status");
		}
		if (this == DECEASED && target != CLOSED) {
			throw new IllegalStatusTransitionException(this, target, "a deceased child's case can only be closed");
		}
		if (target == REINTEGRATED && this != RETURNED) {
			throw new IllegalStatusTransitionException(this, target, "only a returned child can be reintegrated");
		}
		if (needsReason(target) && reason.isBlank()) {
			throw new IllegalStatusTransitionException(this, target,
					(target == CLOSED) ? "closing a case needs a reason" : "this change goes back and needs a reason");
		}
	}

	/**
	 * Whether a move to the target must say why.
	 * @param target the status to move to
	 * @return true for moves back along the path, reopening and closing
	 */
	public boolean needsReason(ChildStatus target) {
		if (target == DECEASED) {
			return this == CLOSED;
		}
		if (target == CLOSED) {
			return this != DECEASED;
		}
		return !FORWARD.get(this).contains(target);
	}

	/**
	 * Whether the child is away from home or still being traced.
	 * @return true until the child has returned, or the case has ended
	 */
	public boolean isOpen() {
		return this != RETURNED && this != REINTEGRATED && this != DECEASED && this != CLOSED;
	}

}
