package org.homeward.facilities;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A facility as recorded.
 *
 * @param id its id
 * @param details what is known about it
 * @param flags warnings about its coordinates ("lat/lon probably swapped", "in the sea"),
 * empty when none
 * @param createdAt when it was recorded
 * @param updatedAt when it last changed
 */
public record Facility(UUID id, FacilityDetails details, List<String> flags, Instant createdAt, Instant updatedAt) {

	public Facility {
		flags = List.copyOf(flags);
	}

}
