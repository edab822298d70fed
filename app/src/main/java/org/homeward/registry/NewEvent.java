package org.homeward.registry;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An event to add to a child's timeline.
 *
 * @param type what happened
 * @param date when, possibly partial or unknown
 * @param place where (a settlement, a facility)
 * @param description what the sources say, in a sentence or two
 * @param sources citations of the sources that state it (source ids or references)
 */
public record NewEvent(EventType type, @Nullable PartialDate date, @Nullable String place, String description,
		List<String> sources) {

	public NewEvent {
		sources = sources.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (sources.stream().anyMatch(s -> s.contains("\n"))) {
			throw new IllegalArgumentException("a source citation must be one line");
		}
		place = (place == null || place.isBlank()) ? null : place.strip();
		description = description.strip();
	}

}
