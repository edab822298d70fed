package org.homeward.registry;

import java.util.UUID;

/**
 * No child (or no identity version of the child) has the given id.
 */
public class ChildNotFoundException extends RuntimeException {

	public ChildNotFoundException(UUID id) {
		super("No child with id " + id);
	}

	public ChildNotFoundException(UUID id, UUID versionId) {
		super("Child " + id + " has no identity version " + versionId);
	}

}
