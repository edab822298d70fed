package org.homeward.facilities;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.registry.Child;
import org.homeward.registry.ChildEvent;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.ChildStatus;
import org.homeward.registry.EventType;
import org.homeward.registry.Identity;
import org.homeward.registry.NewChild;
import org.homeward.registry.NewEvent;
import org.homeward.registry.PartialDate;
import org.homeward.registry.Sex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * What the facilities and their repository must do on every database they run on.
 * Subclasses choose the database. Children are synthetic and created through the
 * registry.
 */
abstract class FacilitiesContract {

	@Autowired
	Facilities facilities;

	@Autowired
	ChildRegistry registry;

	@Autowired
	JdbcClient jdbc;

	private final String marker = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void storesAndReadsBackEveryField() {
		FacilityDetails details = FacilityFixtures.camp(this.marker, 44.95, 34.1, "UKR");
		Facility created = this.facilities.create(details, "tester");
		assertThat(created.details()).isEqualTo(details);
		assertThat(created.flags()).isEmpty();
		assertThat(this.facilities.get(created.id())).isEqualTo(created);
	}

	@Test
	void filtersByTypeCountryAndActivity() {
		Facility camp = this.facilities.create(FacilityFixtures.camp(this.marker, 55.79, 49.12, "RUS"), "tester");
		Facility school = this.facilities.create(FacilityFixtures.cadetSchool(this.marker, 54.98, 73.37, "RUS"),
				"tester");
		assertThat(this.facilities.find(new FacilityQuery(FacilityType.CADET_SCHOOL, "rus", null)))
			.extracting(Facility::id)
			.contains(school.id())
			.doesNotContain(camp.id());
		assertThat(this.facilities.find(new FacilityQuery(null, null, ActivityKind.RE_EDUCATION)))
			.extracting(Facility::id)
			.contains(camp.id())
			.doesNotContain(school.id());
		assertThat(this.facilities.find(new FacilityQuery(null, "UKR", null))).extracting(Facility::id)
			.doesNotContain(camp.id(), school.id());
	}

	@Test
	void updateReplacesDetailsAndActivities() {
		Facility camp = this.facilities.create(FacilityFixtures.camp(this.marker, 44.95, 34.1, "UKR"), "tester");
		FacilityDetails changed = FacilityFixtures.cadetSchool(this.marker, 45.19, 33.37, "UKR");
		Facility updated = this.facilities.update(camp.id(), changed, "tester");
		assertThat(updated.details()).isEqualTo(changed);
		assertThat(updated.createdAt()).isEqualTo(camp.createdAt());
		assertThatThrownBy(() -> this.facilities.update(UUID.randomUUID(), changed, "tester"))
			.isInstanceOf(FacilityNotFoundException.class);
	}

	@Test
	void storesSwappedCoordinatesWithAFlag() {
		Facility f = this.facilities.create(FacilityFixtures.camp(this.marker, 37.54, 47.10, "UKR"), "tester");
		assertThat(f.flags()).singleElement().asString().startsWith("lat/lon probably swapped");
		assertThat(this.facilities.get(f.id()).flags()).isEqualTo(f.flags());
	}

	@Test
	void aRefusedImportStoresNothing() {
		long before = this.facilities.count();
		String csv = "name_en,type,country,latitude,longitude\n" + "Good " + this.marker + ",HOTEL,RUS,55.75,37.62\n"
				+ "Bad " + this.marker + ",HOTEL,RUS,95,37.62\n";
		assertThatThrownBy(() -> this.facilities.importFile(ImportFormat.CSV, bytes(csv), "tester"))
			.isInstanceOf(InvalidFacilityException.class)
			.hasMessageContaining("line 3, latitude");
		assertThat(this.facilities.count()).isEqualTo(before);
	}

	@Test
	void geoJsonExportReimportsToTheSameFacilities() {
		this.facilities.create(FacilityFixtures.camp(this.marker, 44.95, 34.1, "UKR"), "tester");
		this.facilities.create(FacilityFixtures.cadetSchool(this.marker, 54.98, 73.37, "RUS"), "tester");
		List<Facility> before = this.facilities.find(FacilityQuery.all());
		String exported = this.facilities.export(ImportFormat.GEOJSON, FacilityQuery.all());
		ImportResult result = this.facilities.importFile(ImportFormat.GEOJSON, bytes(exported), "tester");
		assertThat(result.created()).isZero();
		assertThat(result.updated()).isEqualTo(before.size());
		assertThat(this.facilities.find(FacilityQuery.all())).extracting(Facility::id, Facility::details)
			.containsExactlyElementsOf(
					before.stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.id(), f.details())).toList());
	}

	@Test
	void journeyGivesEachStopItsDistanceFromHome() {
		Facility wonsan = this.facilities.create(FacilityFixtures.camp(this.marker, 39.15, 127.44, "PRK"), "tester");
		Child child = syntheticChild("Маріуполь", "Донецька");
		ChildEvent placement = child.events()
			.stream()
			.filter(e -> e.event().type() == EventType.PLACEMENT_FACILITY)
			.findFirst()
			.orElseThrow();
		this.facilities.addStay(wonsan.id(), new NewStay(child.id(), placement.id(), LocalDate.of(2025, 7, 21),
				LocalDate.of(2025, 8, 1), "SYNTHETIC test"), "tester");
		this.facilities.addStay(wonsan.id(),
				new NewStay(child.id(), null, LocalDate.of(2025, 9, 1), null, "SYNTHETIC test"), "tester");

		Journey journey = this.facilities.journey(child.id());
		assertThat(journey.home()).isNotNull().extracting(Settlement::latin).isEqualTo("Mariupol");
		assertThat(journey.stops()).extracting(JourneyStop::kind)
			.containsExactly(JourneyStop.Kind.ORIGIN, JourneyStop.Kind.PLACE, JourneyStop.Kind.FACILITY,
					JourneyStop.Kind.FACILITY);
		double expected = GreatCircle.distanceKm(47.0971, 37.5434, 39.15, 127.44);
		assertThat(journey.stops().get(2).distanceFromHomeKm()).isCloseTo(expected, within(0.1));
		assertThat(journey.farthestKm()).isCloseTo(expected, within(0.1));
		assertThat(this.facilities.childCounts()).containsEntry(wonsan.id(), 1);
		assertThat(this.facilities.staysAt(wonsan.id())).hasSize(2);
	}

	@Test
	void refusesAStayForAnEventOfAnotherChild() {
		Facility f = this.facilities.create(FacilityFixtures.camp(this.marker, 44.95, 34.1, "UKR"), "tester");
		Child one = syntheticChild("Херсон", "Херсонська");
		Child other = syntheticChild("Ізюм", "Харківська");
		UUID foreignEvent = other.events().get(0).id();
		assertThatThrownBy(() -> this.facilities.addStay(f.id(),
				new NewStay(one.id(), foreignEvent, null, null, "SYNTHETIC test"), "tester"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("eventId");
		assertThat(this.facilities.staysAt(f.id())).isEmpty();
	}

	private Child syntheticChild(String settlement, String oblast) {
		Identity identity = new Identity("Тест", "Синтетичний", null, Sex.M, PartialDate.parse("2014-03-02"),
				settlement, oblast, "UKR", List.of(), null, "SYNTHETIC test", null, null, false);
		Child child = this.registry.register(new NewChild(identity, ChildStatus.REPORTED_MISSING, null, null, true),
				"tester");
		this.registry.addEvent(child.id(), new NewEvent(EventType.DEPORTATION, PartialDate.parse("2022-09-01"),
				settlement, "SYNTHETIC", List.of("SYNTHETIC test")), "tester");
		return this.registry.addEvent(child.id(), new NewEvent(EventType.PLACEMENT_FACILITY,
				PartialDate.parse("2025-07"), "Facility (synthetic)", "SYNTHETIC", List.of("SYNTHETIC test")),
				"tester");
	}

	private static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
