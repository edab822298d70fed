package org.homeward.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.homeward.demo.DemoNames.FamilyName;
import org.homeward.demo.DemoNames.GivenName;
import org.homeward.demo.DemoNames.Place;
import org.homeward.registry.ChildStatus;
import org.homeward.registry.EventType;
import org.homeward.registry.Guardian;
import org.homeward.registry.Identity;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.NewEvent;
import org.homeward.registry.PartialDate;
import org.homeward.linkage.text.Romanisation;
import org.homeward.linkage.text.TextLanguage;
import org.homeward.registry.Sex;

/**
 * Generates children who never existed, with the kinds of records the real work meets: a
 * Ukrainian registry identity, a family's tracing request with a pet name and a partial
 * date, and for some a Russified or wholly new identity imposed after a Russian adoption,
 * with a shifted birth date. Deterministic for a seed.
 */
class SyntheticChildren {

	private static final String SOURCE = "SYNTHETIC ";

	private final DemoNames names;

	private final Random random;

	SyntheticChildren(DemoNames names, long seed) {
		this.names = names;
		this.random = new Random(seed);
	}

	/**
	 * One synthetic child: identities, the path its status took, and its timeline.
	 */
	record Plan(Identity birthIdentity, List<Identity> laterIdentities, List<Step> statusPath, List<NewEvent> events) {
	}

	record Step(ChildStatus status, LocalDate date, String reason) {
	}

	Plan next() {
		GivenName given = pick(this.names.given());
		Sex sex = given.sex();
		FamilyName family = pick(this.names.family());
		String[] patronymic = pick(this.names.patronymics());
		Place place = pick(this.names.places());
		LocalDate born = LocalDate.of(2005 + this.random.nextInt(18), 1, 1).plusDays(this.random.nextInt(365));
		LocalDate taken = deportationDate(place, born);
		Identity birth = new Identity(given.ukrainian(), family.ukrainian(sex),
				(sex == Sex.F) ? patronymic[1] : patronymic[0], sex, PartialDate.of(born), place.settlement(),
				place.oblast(), "UKR",
				List.of(new IdentityDocument("BIRTH_CERTIFICATE",
						"I-СН %06d".formatted(this.random.nextInt(1_000_000)))),
				new Guardian(
						pick(this.names.given().stream().filter(g -> g.sex() == Sex.F).toList()).ukrainian() + " "
								+ family.ukrainian(Sex.F),
						"мати", "+380 00 %03d %04d (synthetic)".formatted(this.random.nextInt(1000),
								this.random.nextInt(10000))),
				SOURCE + "civil registry extract", null, null, false);
		List<Identity> later = new ArrayList<>();
		later.add(familyRequest(given, family, sex, born, place));
		if (this.random.nextDouble() < 0.35) {
			later.add(imposed(given, family, patronymic, sex, born, place, taken));
		}
		if (this.random.nextDouble() < 0.3) {
			later.add(officialList(birth, born));
		}
		return new Plan(birth, later, statusPath(taken), events(place, taken, later.size() > 1));
	}

	private Identity familyRequest(GivenName given, FamilyName family, Sex sex, LocalDate born, Place place) {
		boolean petName = this.random.nextBoolean();
		PartialDate date = this.random.nextBoolean() ? new PartialDate(born.getYear(), born.getMonthValue(), null)
				: PartialDate.of(born);
		return new Identity(petName ? given.diminutive() : given.ukrainian(), family.ukrainian(sex), null, sex, date,
				place.settlement(), place.oblast(), null, List.of(), null, SOURCE + "family tracing request", null,
				null, false);
	}

	private Identity imposed(GivenName given, FamilyName family, String[] patronymic, Sex sex, LocalDate born,
			Place place, LocalDate taken) {
		boolean renamed = this.random.nextDouble() < 0.4;
		String familyName = renamed ? pick(this.names.imposed())[(sex == Sex.F) ? 1 : 0] : family.russian(sex);
		LocalDate shifted = renamed ? born.plusDays(this.random.nextInt(61) - 30) : born;
		LocalDate from = taken.plusMonths(3 + this.random.nextInt(12));
		return new Identity(given.russian(), familyName, (sex == Sex.F) ? patronymic[3] : patronymic[2], sex,
				PartialDate.of(shifted), place.settlement(), place.oblast(), "RUS",
				List.of(new IdentityDocument("RU_BIRTH_CERTIFICATE",
						"V-АГ %06d".formatted(this.random.nextInt(1_000_000)))),
				null, SOURCE + "public adoption database entry", from, null, true);
	}

	/**
	 * An entry of an official list: passport romanisation in capitals, and now and then
	 * the day and month swapped, as lists typed from another date format have them.
	 */
	private Identity officialList(Identity birth, LocalDate born) {
		boolean swapped = born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()
				&& this.random.nextDouble() < 0.25;
		PartialDate date = swapped ? new PartialDate(born.getYear(), born.getDayOfMonth(), born.getMonthValue())
				: PartialDate.of(born);
		return new Identity(latin(birth.givenName()), latin(birth.familyName()), null, birth.sex(), date, null, null,
				"UKR", List.of(), null, SOURCE + "official list", null, null, false);
	}

	private static String latin(String cyrillic) {
		return Romanisation.UKRAINIAN_NATIONAL_2010.romanise(cyrillic, TextLanguage.UKRAINIAN).toUpperCase(Locale.ROOT);
	}

	private LocalDate deportationDate(Place place, LocalDate born) {
		boolean early = place.oblast().equals("Автономна Республіка Крим") || this.random.nextDouble() < 0.08;
		LocalDate start = early ? LocalDate.of(2014, 3, 1) : LocalDate.of(2022, 2, 24);
		int days = early ? 2900 : 900;
		LocalDate date = start.plusDays(this.random.nextInt(days));
		return date.isBefore(born) ? born.plusMonths(6) : date;
	}

	private List<Step> statusPath(LocalDate taken) {
		List<Step> path = new ArrayList<>();
		double r = this.random.nextDouble();
		boolean transferred = this.random.nextDouble() < 0.3;
		path.add(new Step(transferred ? ChildStatus.FORCIBLY_TRANSFERRED : ChildStatus.DEPORTED, taken, ""));
		if (r < 0.15) {
			return List.of();
		}
		ChildStatus[] later = { ChildStatus.LOCATED, ChildStatus.CONTACT_ESTABLISHED, ChildStatus.RETURN_IN_PROGRESS,
				ChildStatus.RETURNED, ChildStatus.REINTEGRATED };
		double[] shares = { 0.55, 0.12, 0.08, 0.06, 0.12, 0.07 };
		int reached = 0;
		double cumulative = 0.15;
		while (reached < later.length && r > cumulative + shares[reached]) {
			cumulative += shares[reached];
			reached++;
		}
		LocalDate date = taken;
		for (int i = 0; i < reached; i++) {
			date = date.plusDays(30 + this.random.nextInt(240));
			if (date.isAfter(LocalDate.of(2026, 10, 31))) {
				break;
			}
			path.add(new Step(later[i], date, ""));
		}
		return path;
	}

	private List<NewEvent> events(Place place, LocalDate taken, boolean adopted) {
		List<NewEvent> events = new ArrayList<>();
		events.add(new NewEvent(EventType.DEPORTATION, PartialDate.of(taken), place.settlement(),
				"Taken from " + place.settlement() + " (synthetic event).", List.of(SOURCE + "testimony")));
		events.add(new NewEvent(EventType.PLACEMENT_FACILITY,
				PartialDate.of(taken.plusDays(7 + this.random.nextInt(60))), "Facility (synthetic)",
				"Placed in a children's facility (synthetic event).", List.of(SOURCE + "news report")));
		if (adopted) {
			events.add(new NewEvent(EventType.ADOPTION, PartialDate.of(taken.plusMonths(3)), "Russian Federation",
					"Entered in a public adoption database under a new identity (synthetic event).",
					List.of(SOURCE + "public adoption database entry")));
		}
		return events;
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

}
