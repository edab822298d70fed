package org.homeward.linkage.synthetic;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;

import static org.homeward.linkage.synthetic.ResourceTable.list;
import static org.homeward.linkage.synthetic.ResourceTable.text;

/**
 * The name and place lists a generator draws from, loaded from this package's resources.
 */
final class Lexicon {

	/*
	 * The share of children whose surname is one of the commonest ones listed in
	 * surnames.csv; the others get one of the long tail (SurnameTail). At 0.3, Мельник
	 * goes to about 1.2 % of children: still several times its share in Ukraine, so
	 * namesakes stay frequent, but no longer 4 %.
	 */
	private static final double COMMON_SURNAME_SHARE = 0.3;

	private final WeightedChoice<GivenName> boys;

	private final WeightedChoice<GivenName> girls;

	private final WeightedChoice<FatherName> fathers;

	private final WeightedChoice<Surname> surnames;

	private final WeightedChoice<Surname> rareSurnames;

	private final WeightedChoice<Surname> adoptiveSurnames;

	private final WeightedChoice<Settlement> settlements;

	private Lexicon(List<GivenName> givenNames, List<FatherName> fathers, List<Surname> surnames,
			List<Surname> adoptiveSurnames, List<Settlement> settlements) {
		this.boys = new WeightedChoice<>(givenNames.stream().filter((n) -> n.sex() == Sex.MALE).toList(),
				GivenName::weight);
		this.girls = new WeightedChoice<>(givenNames.stream().filter((n) -> n.sex() == Sex.FEMALE).toList(),
				GivenName::weight);
		this.fathers = new WeightedChoice<>(fathers, FatherName::weight);
		this.surnames = new WeightedChoice<>(surnames, Surname::weight);
		this.rareSurnames = new WeightedChoice<>(SurnameTail.all(), Surname::weight);
		this.adoptiveSurnames = new WeightedChoice<>(adoptiveSurnames, Surname::weight);
		this.settlements = new WeightedChoice<>(settlements, Settlement::weight);
	}

	/**
	 * Loads the lists shipped with this package.
	 * @return the lexicon
	 * @throws IllegalStateException if a resource is missing or malformed
	 */
	static Lexicon load() {
		Map<String, Oblast> oblasts = ResourceTable.read("oblasts.csv")
			.stream()
			.map((r) -> new Oblast(text(r, "key"), text(r, "uk"), text(r, "ru"), text(r, "en")))
			.collect(Collectors.toMap(Oblast::key, Function.identity()));
		return new Lexicon(rows("given-names.csv", Lexicon::givenName), rows("father-names.csv", Lexicon::father),
				rows("surnames.csv", Lexicon::surname), rows("adoptive-surnames.csv", Lexicon::adoptiveSurname),
				rows("settlements.csv", (r) -> settlement(r, oblasts)));
	}

	private static <T> List<T> rows(String resource, Function<CSVRecord, T> mapper) {
		return ResourceTable.read(resource).stream().map(mapper).toList();
	}

	private static GivenName givenName(CSVRecord r) {
		return new GivenName(Sex.ofCode(text(r, "sex")), weight(r), text(r, "uk"), text(r, "ru"),
				list(r.get("uk_diminutives")), list(r.get("ru_diminutives")));
	}

	private static FatherName father(CSVRecord r) {
		return new FatherName(weight(r), text(r, "uk"), text(r, "ru"), text(r, "uk_patronymic_m"),
				text(r, "uk_patronymic_f"), text(r, "ru_patronymic_m"), text(r, "ru_patronymic_f"));
	}

	private static Surname surname(CSVRecord r) {
		return new Surname(text(r, "uk_m"), text(r, "uk_f"), text(r, "ru_m"), text(r, "ru_f"), weight(r));
	}

	private static Surname adoptiveSurname(CSVRecord r) {
		return new Surname(text(r, "ru_m"), text(r, "ru_f"), text(r, "ru_m"), text(r, "ru_f"), weight(r));
	}

	private static Settlement settlement(CSVRecord r, Map<String, Oblast> oblasts) {
		Oblast oblast = oblasts.get(text(r, "oblast"));
		if (oblast == null) {
			throw new IllegalStateException("unknown oblast on settlements.csv line " + r.getRecordNumber());
		}
		return new Settlement(oblast, text(r, "uk"), text(r, "ru"), weight(r));
	}

	private static int weight(CSVRecord r) {
		return Integer.parseInt(text(r, "weight"));
	}

	/**
	 * Draws a given name for a child.
	 * @param sex the child's sex
	 * @param dice the randomness
	 * @return a name, common ones more often
	 */
	GivenName givenName(Sex sex, Dice dice) {
		return ((sex == Sex.MALE) ? this.boys : this.girls).pick(dice);
	}

	/**
	 * Draws a father's name, which gives a child's patronymic.
	 * @param dice the randomness
	 * @return a name, common ones more often
	 */
	FatherName father(Dice dice) {
		return this.fathers.pick(dice);
	}

	/**
	 * Draws a Ukrainian family name.
	 * @param dice the randomness
	 * @return a surname, common ones (Мельник, Шевченко, Коваленко) more often, else one
	 * of a long tail of rarer ones
	 */
	Surname surname(Dice dice) {
		return dice.chance(COMMON_SURNAME_SHARE) ? this.surnames.pick(dice) : this.rareSurnames.pick(dice);
	}

	/**
	 * Draws a Russian family name given after an adoption.
	 * @param dice the randomness
	 * @return a surname whose Ukrainian forms are its Russian ones
	 */
	Surname adoptiveSurname(Dice dice) {
		return this.adoptiveSurnames.pick(dice);
	}

	/**
	 * The chance that an adoption gives a child of this sex this Russian surname.
	 * @param written the surname as a record writes it
	 * @param sex the child's sex
	 * @return the probability, or the mean one when no adoptive surname is written so (a
	 * typing error)
	 */
	double adoptiveSurnameShare(String written, Sex sex) {
		for (Surname s : this.adoptiveSurnames.items()) {
			if (s.ru(sex).equalsIgnoreCase(written)) {
				return this.adoptiveSurnames.share(s);
			}
		}
		return 1.0 / this.adoptiveSurnames.items().size();
	}

	/**
	 * The chance that a new patronymic drawn at adoption is written so.
	 * @param written the patronymic as a record writes it
	 * @param sex the child's sex
	 * @return the probability, or the mean one when no father's name gives it (a typing
	 * error)
	 */
	double fatherShare(String written, Sex sex) {
		for (FatherName f : this.fathers.items()) {
			if (f.ruPatronymic(sex).equalsIgnoreCase(written)) {
				return this.fathers.share(f);
			}
		}
		return 1.0 / this.fathers.items().size();
	}

	/**
	 * Draws a settlement of origin, weighted towards occupied and front-line oblasts.
	 * @param dice the randomness
	 * @return a settlement
	 */
	Settlement settlement(Dice dice) {
		return this.settlements.pick(dice);
	}

}
