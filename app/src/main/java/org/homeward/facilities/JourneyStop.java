package org.homeward.facilities;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One place on a child's journey.
 *
 * @param kind home, a facility, another place, or the return
 * @param date when, as the source states it ({@code 2022}, {@code 2022-10},
 * {@code 2022-10-04}), or null
 * @param place the facility's or place's name
 * @param facilityId the facility, for a facility stop
 * @param eventId the timeline event behind this stop, if any
 * @param latitude where, if known
 * @param longitude where, if known
 * @param distanceFromHomeKm great-circle distance from home, when both are known
 */
public record JourneyStop(Kind kind, @Nullable String date, String place, @Nullable UUID facilityId,
		@Nullable UUID eventId, @Nullable Double latitude, @Nullable Double longitude,
		@Nullable Double distanceFromHomeKm) {

	/** What a stop is. */
	public enum Kind {

		ORIGIN, FACILITY, PLACE, RETURN

	}

}
