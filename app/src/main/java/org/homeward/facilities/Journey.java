package org.homeward.facilities;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a child was taken: from home, through facilities and places, and back.
 *
 * @param childId the child
 * @param caseNumber the child's case number
 * @param home the settlement of origin, or null when the gazetteer does not know it
 * @param homeIsOblastCentre true when only the oblast was known and its centre stands for
 * home
 * @param stops home first, then each stop by date, the return last
 */
public record Journey(UUID childId, String caseNumber, @Nullable Settlement home, boolean homeIsOblastCentre,
		List<JourneyStop> stops) {

	public Journey {
		stops = List.copyOf(stops);
	}

	/**
	 * The farthest the child was taken.
	 * @return kilometres, or null when no distance is known
	 */
	public @Nullable Double farthestKm() {
		return this.stops.stream()
			.map(JourneyStop::distanceFromHomeKm)
			.filter(Objects::nonNull)
			.max(Double::compare)
			.orElse(null);
	}

}
