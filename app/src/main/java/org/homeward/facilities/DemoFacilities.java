package org.homeward.facilities;

import java.time.LocalDate;
import java.util.List;

/**
 * Real facilities for the demo, each named in public reporting that is cited with it.
 * Only places whose location is known at least to the town are listed, and every point is
 * marked approximate: it stands for the settlement or the site, not a building.
 */
final class DemoFacilities {

	static final String SONGDOWON = "Songdowon International Children's Camp";

	static final String ARTEK = "Artek International Children's Center";

	static final String DRUZHBA = "Druzhba children's camp (Yevpatoria)";

	static final String GELENDZHIK = "Children's camp in Gelendzhik (name not given in the source)";

	private DemoFacilities() {
	}

	static List<FacilityDetails> all() {
		return List.of(songdowon(), artek(), druzhba(), gelendzhik());
	}

	private static FacilityDetails songdowon() {
		return new FacilityDetails(
				new FacilityNames("Міжнародний дитячий табір «Сондовон»", "Международный детский лагерь «Сондовон»",
						SONGDOWON, List.of("Songdowon", "Sondowon")),
				FacilityType.CAMP_OR_SANATORIUM, "PRK", "Kangwon Province, Wonsan",
				new Location(39.18, 127.43, 5000, LocationMethod.APPROXIMATE), null,
				List.of(new Activity(ActivityKind.RE_EDUCATION, Confidence.MEDIUM,
						"Testimony: children from occupied Crimea and Donetsk region were taught to "
								+ "'destroy Japanese militarists' and met veterans of the 1968 Pueblo seizure")),
				null, LocalDate.of(2025, 8, 1), null,
				List.of("Kateryna Rashevska (Regional Center for Human Rights), testimony to a US Senate "
						+ "subcommittee, 3 December 2025",
						"Suspilne investigation of Russian children's trips to Songdowon, reported December 2025"));
	}

	private static FacilityDetails artek() {
		return new FacilityDetails(
				new FacilityNames("Міжнародний дитячий центр «Артек»", "Международный детский центр «Артек»", ARTEK,
						List.of("Artek", "Артек")),
				FacilityType.CAMP_OR_SANATORIUM, "UKR", "Автономна Республіка Крим (occupied), Hurzuf",
				new Location(44.553, 34.27, 2000, LocationMethod.APPROXIMATE),
				new Operator("ФГБОУ «Международный детский центр «Артек»", null, GovernmentLevel.FEDERAL, null),
				List.of(new Activity(ActivityKind.RE_EDUCATION, Confidence.MEDIUM,
						"Ukraine's National Resistance Center: militarist and pro-Russia programming for children "
								+ "from the occupied territories")),
				null, null, null,
				List.of("Ukraine: presidential sanctions against nine legal entities including the Artek camp, "
						+ "for the deportation of Ukrainian children (reported by UNN, June 2025)",
						"National Resistance Center of Ukraine, on plans to send 56,000 children to Artek in 2026, "
								+ "21 June 2025"));
	}

	private static FacilityDetails druzhba() {
		return new FacilityDetails(
				new FacilityNames("Дитячий табір «Дружба» (Євпаторія)", "Детский лагерь «Дружба» (Евпатория)", DRUZHBA,
						List.of("Druzhba")),
				FacilityType.CAMP_OR_SANATORIUM, "UKR", "Автономна Республіка Крим (occupied), Yevpatoriia",
				new Location(45.19, 33.37, 5000, LocationMethod.APPROXIMATE), null,
				List.of(new Activity(ActivityKind.RE_EDUCATION, Confidence.LOW,
						"Children from Kherson kept for months after the announced two weeks; a camp leader in "
								+ "Yevpatoria told a boy he would not go home because of his pro-Ukrainian views")),
				LocalDate.of(2022, 10, 4), null, null,
				List.of("Le Figaro, on children deported from Kherson to the Luchisty, Druzhba and Mechta camps "
						+ "in Yevpatoria, 2023",
						"The Guardian, 'Weeks turn to months as children become stuck at camps in Crimea', "
								+ "27 December 2022"));
	}

	private static FacilityDetails gelendzhik() {
		return new FacilityDetails(
				new FacilityNames("Дитячий табір у Геленджику", "Детский лагерь в Геленджике", GELENDZHIK, List.of()),
				FacilityType.CAMP_OR_SANATORIUM, "RUS", "Krasnodar Krai, Gelendzhik",
				new Location(44.5622, 38.0768, 10000, LocationMethod.APPROXIMATE), null, List.of(),
				LocalDate.of(2022, 8, 27), null, null,
				List.of("The Washington Post, 'Ukraine's children went to summer camp in Russia. They haven't come "
						+ "back', 20 September 2022 (about 200 children from Izium and the Kharkiv region)"));
	}

}
