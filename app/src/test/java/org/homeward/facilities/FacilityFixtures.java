package org.homeward.facilities;

import java.time.LocalDate;
import java.util.List;

/**
 * Facility records for tests. The places are real settlements; the facilities are
 * invented and marked as test data.
 */
final class FacilityFixtures {

	private FacilityFixtures() {
	}

	static FacilityDetails camp(String name, double lat, double lon, String country) {
		return new FacilityDetails(
				new FacilityNames("Табір " + name, "Лагерь " + name, "Camp " + name, List.of(name + " (test)")),
				FacilityType.CAMP_OR_SANATORIUM, country, "test region",
				new Location(lat, lon, 2000, LocationMethod.SATELLITE),
				new Operator("TEST operator \"" + name + "\", LLC", "1234567890123", GovernmentLevel.REGIONAL,
						"Ministry of test"),
				List.of(new Activity(ActivityKind.RE_EDUCATION, Confidence.HIGH, "test evidence, with a comma"),
						new Activity(ActivityKind.MILITARY_TRAINING, Confidence.LOW, null)),
				LocalDate.of(2022, 5, 1), LocalDate.of(2023, 1, 31), 350,
				List.of("TEST source one", "TEST source two; with a semicolon"));
	}

	static FacilityDetails cadetSchool(String name, double lat, double lon, String country) {
		return new FacilityDetails(new FacilityNames(null, "Кадетский корпус " + name, null, List.of()),
				FacilityType.CADET_SCHOOL, country, null, new Location(lat, lon, 500, LocationMethod.ADDRESS), null,
				List.of(new Activity(ActivityKind.MILITARY_TRAINING, Confidence.MEDIUM, "drills")), null, null, null,
				List.of("TEST source"));
	}

}
