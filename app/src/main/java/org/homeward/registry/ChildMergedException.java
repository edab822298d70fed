package org.homeward.registry;

import java.util.UUID;

/**
 * A change aimed at a child record that has been merged into another, or a merge or split
 * that the records' state does not allow.
 */
public class ChildMergedException extends RuntimeException {

	public ChildMergedException(String message) {
		super(message);
	}

	static ChildMergedException mergedInto(UUID id, UUID survivor) {
		return new ChildMergedException(
				"Child " + id + " was merged into " + survivor + "; change that record instead.");
	}

}
