package org.homeward.facilities;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CSV and GeoJSON formats read back what they write, refuse impossible coordinates
 * naming the line or feature and the field, and the coordinate check flags doubtful ones.
 */
class FacilityFileFormatsTest {

	private static final CoordinateCheck CHECK = new CoordinateCheck(new CountryBoundaries());

	private final List<Facility> facilities = List.of(facility(FacilityFixtures.camp("Сонячний", 44.95, 34.1, "UKR")),
			facility(FacilityFixtures.cadetSchool("Омск", 54.98, 73.37, "RUS")));

	@Test
	void geoJsonExportReadsBackToTheSameFacilities() {
		String geojson = FacilityGeoJson.write(this.facilities);
		List<ImportRecord> read = FacilityGeoJson.read(bytes(geojson));
		assertThat(read).extracting(ImportRecord::id).containsExactly(ids());
		assertThat(read).extracting(ImportRecord::details).containsExactlyElementsOf(details());
		assertThat(geojson).contains("\"coordinates\" : [ 34.1, 44.95 ]");
	}

	@Test
	void csvExportReadsBackToTheSameFacilities() {
		List<ImportRecord> read = FacilityCsv.read(bytes(FacilityCsv.write(this.facilities)));
		assertThat(read).extracting(ImportRecord::id).containsExactly(ids());
		assertThat(read).extracting(ImportRecord::details).containsExactlyElementsOf(details());
	}

	@Test
	void latitude95IsRefusedNamingTheLineAndTheField() {
		String csv = "name_en,type,country,latitude,longitude\n" + "Camp A,CAMP_OR_SANATORIUM,RUS,55.7,37.6\n"
				+ "Camp B,CAMP_OR_SANATORIUM,RUS,95,37.6\n";
		assertThatThrownBy(() -> FacilityCsv.read(bytes(csv))).isInstanceOfSatisfying(InvalidFacilityException.class,
				ex -> {
					assertThat(ex.problems()).singleElement().satisfies(p -> {
						assertThat(p.where()).isEqualTo("line 3");
						assertThat(p.field()).isEqualTo("latitude");
						assertThat(p.message()).contains("95.0").contains("-90 to 90");
					});
					assertThat(ex.getMessage()).isEqualTo("line 3, latitude: 95.0 is outside -90 to 90");
				});
	}

	@Test
	void longitudeOutsideTheGlobeInAGeoJsonFeatureIsRefusedNamingTheFeature() {
		String geojson = """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","geometry":{"type":"Point","coordinates":[181.5,40]},
				  "properties":{"name_en":"Camp C","type":"HOTEL","country":"RUS"}}]}""";
		assertThatThrownBy(() -> FacilityGeoJson.read(bytes(geojson)))
			.isInstanceOfSatisfying(InvalidFacilityException.class, ex -> assertThat(ex.problems()).singleElement()
				.satisfies(
						p -> assertThat(p.toString()).isEqualTo("feature 1, longitude: 181.5 is outside -180 to 180")));
	}

	@Test
	void everyBadFieldOfEveryLineIsReported() {
		String csv = "name_en,type,country,latitude,longitude,capacity\n" + ",CAMP,RUS,55.7,37.6,many\n"
				+ "Camp,CAMP_OR_SANATORIUM,Russia,55.7,,\n";
		assertThatThrownBy(() -> FacilityCsv.read(bytes(csv))).isInstanceOfSatisfying(InvalidFacilityException.class,
				ex -> assertThat(ex.problems()).extracting(p -> p.where() + " " + p.field())
					.contains("line 2 capacity", "line 2 type", "line 3 longitude"));
	}

	@Test
	void swappedLatitudeAndLongitudeAreFlagged() {
		// Kazan is at 55.79 N, 49.12 E; written the wrong way round it lies in Kazakhstan
		assertThat(CHECK.flags(new Location(49.12, 55.79, 1000, LocationMethod.ADDRESS), "RUS"))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("lat/lon probably swapped");
		// Mariupol, 47.10 N 37.54 E, swapped: (37.54, 47.10) lies in Iran
		assertThat(CHECK.flags(new Location(37.54, 47.10, 1000, LocationMethod.ADDRESS), "UKR"))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("lat/lon probably swapped");
	}

	@Test
	void pointInTheSeaIsFlaggedAndShorelineCampsAreNot() {
		assertThat(CHECK.flags(new Location(43.5, 34.0, 1000, LocationMethod.ADDRESS), "UKR"))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("in the sea");
		assertThat(CHECK.flags(new Location(44.553, 34.27, 2000, LocationMethod.APPROXIMATE), "UKR")).isEmpty();
		assertThat(CHECK.flags(new Location(45.19, 33.37, 5000, LocationMethod.APPROXIMATE), "UKR")).isEmpty();
		assertThat(CHECK.flags(new Location(39.18, 127.43, 5000, LocationMethod.APPROXIMATE), "PRK")).isEmpty();
		assertThat(CHECK.flags(new Location(55.75, 37.62, 1000, LocationMethod.ADDRESS), "UKR"))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("outside the stated country")
			.contains("RUS");
	}

	private UUID[] ids() {
		return this.facilities.stream().map(Facility::id).toArray(UUID[]::new);
	}

	private List<FacilityDetails> details() {
		return this.facilities.stream().map(Facility::details).toList();
	}

	private static Facility facility(FacilityDetails details) {
		return new Facility(UUID.randomUUID(), details, List.of("a flag"), Instant.EPOCH, Instant.EPOCH);
	}

	private static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
