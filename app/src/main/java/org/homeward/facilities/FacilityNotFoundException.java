package org.homeward.facilities;

import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * No facility has the id asked for.
 */
public class FacilityNotFoundException extends NoSuchElementException {

	public FacilityNotFoundException(UUID id) {
		super("No facility with id " + id);
	}

}
