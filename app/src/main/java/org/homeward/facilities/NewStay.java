package org.homeward.facilities;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A child's stay at a facility, to record.
 *
 * @param childId the child, as the registry knows it
 * @param eventId the timeline event this stay explains (a placement, a transfer), or null
 * @param from the first day known there, or null
 * @param to the last day known there, or null
 * @param source the citation that places the child there, one line
 */
public record NewStay(UUID childId, @Nullable UUID eventId, @Nullable LocalDate from, @Nullable LocalDate to,
		String source) {

	public NewStay {
		if (childId == null) {
			throw new IllegalArgumentException("childId: required");
		}
		String cited = Text.clean(source);
		if (cited == null || cited.contains("\n")) {
			throw new IllegalArgumentException("source: one line citing what places the child there");
		}
		source = cited;
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("to: before from");
		}
	}

}
