package org.homeward.facilities;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What is known about a facility: what a user writes and an import reads.
 *
 * @param names names in Ukrainian, Russian and English, with aliases
 * @param type the kind of place
 * @param country ISO 3166-1 alpha-3 code of the country it lies in, e.g. {@code RUS}
 * (occupied Ukrainian territory is {@code UKR})
 * @param region region, oblast or krai, as written
 * @param location coordinates with precision, or null when not known
 * @param operator who runs it, or null
 * @param activities documented activities, at most one of each kind, kept in the order of
 * {@link ActivityKind}
 * @param firstSeen when children were first documented there
 * @param lastSeen when children were last documented there
 * @param capacity how many children it can hold
 * @param sources citations, one line each
 */
public record FacilityDetails(FacilityNames names, FacilityType type, String country, @Nullable String region,
		@Nullable Location location, @Nullable Operator operator, List<Activity> activities,
		@Nullable LocalDate firstSeen, @Nullable LocalDate lastSeen, @Nullable Integer capacity, List<String> sources) {

	public FacilityDetails {
		if (names == null) {
			throw new IllegalArgumentException("names: a facility needs a name in Ukrainian, Russian or English");
		}
		if (type == null) {
			throw new IllegalArgumentException("type: required");
		}
		country = (country != null) ? country.strip().toUpperCase(Locale.ROOT) : "";
		if (!country.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("country: must be an ISO 3166 alpha-3 code such as RUS");
		}
		region = Text.clean(region);
		activities = (activities != null) ? activities.stream().sorted(Comparator.comparing(Activity::kind)).toList()
				: List.of();
		if (activities.stream().map(Activity::kind).distinct().count() != activities.size()) {
			throw new IllegalArgumentException("activities: each kind at most once");
		}
		if (firstSeen != null && lastSeen != null && lastSeen.isBefore(firstSeen)) {
			throw new IllegalArgumentException("lastSeen: before firstSeen");
		}
		if (capacity != null && capacity < 0) {
			throw new IllegalArgumentException("capacity: must not be negative");
		}
		sources = Text.cleanLines(sources);
		if (sources.stream().anyMatch(s -> s.contains("\n"))) {
			throw new IllegalArgumentException("sources: a citation must be one line");
		}
	}

}
