package org.homeward.linkage.synthetic;

import java.time.LocalDate;

import static org.homeward.linkage.synthetic.SourceProfile.maybe;
import static org.homeward.linkage.synthetic.Typos.sometimes;

/**
 * News reports in Latin script: each outlet romanises in its own way (Ukrainian national,
 * BGN/PCGN, the Russian form romanised as Mikhail or Aleksandr, German- or Polish-style
 * Mychajlo Kowalenko), and gives an age rather than a birth date.
 */
final class News implements SourceProfile {

	/** The id written in the {@code source} column. */
	static final String NAME = "news";

	private static final double TYPO = 0.05;

	/** The chance that a report gives the birth year (from an age). */
	static final double YEAR_GIVEN = 0.5;

	/** The chance that a report gives the full birth date. */
	static final double FULL_DATE_GIVEN = 0.2;

	/** The chance that a year derived from an age is one too low. */
	static final double YEAR_OFF = 0.3;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int occurrences(Dice dice) {
		return dice.chance(0.4) ? 1 + dice.geometric(0.35) : 0;
	}

	@Override
	public Mention describe(SyntheticChild child, Dice dice) {
		Romanisation system = outletSystem(dice);
		boolean russian = system == Romanisation.RUSSIAN_BGN_PCGN;
		Sex sex = child.sex();
		GivenName given = child.givenName();
		String name = russian ? given.ru() : given.uk();
		String family = russian ? child.surname().ru(sex) : child.surname().uk(sex);
		String patronymic = russian ? child.father().ruPatronymic(sex) : child.father().ukPatronymic(sex);
		String settlement = russian ? child.settlement().ru() : child.settlement().uk();
		return new Mention(name(), sometimes(system.apply(name), TYPO, dice),
				maybe(sometimes(system.apply(family), TYPO, dice), 0.9, dice),
				maybe(system.apply(patronymic), 0.1, dice), maybe(sex.code(), 0.4, dice),
				reportedBirth(child.birthDate(), dice), maybe(system.apply(settlement), 0.8, dice),
				maybe(child.settlement().oblast().en(), 0.5, dice));
	}

	private static Romanisation outletSystem(Dice dice) {
		double draw = dice.unit();
		if (draw < 0.35) {
			return Romanisation.UKRAINIAN_NATIONAL_2010;
		}
		if (draw < 0.55) {
			return Romanisation.UKRAINIAN_BGN_PCGN;
		}
		if (draw < 0.8) {
			return Romanisation.RUSSIAN_BGN_PCGN;
		}
		return (draw < 0.9) ? Romanisation.GERMAN : Romanisation.POLISH;
	}

	/**
	 * A report states an age, from which only a year follows, sometimes one year off.
	 */
	private static String reportedBirth(LocalDate birthDate, Dice dice) {
		double draw = dice.unit();
		if (draw < YEAR_GIVEN) {
			return Integer.toString(birthDate.getYear() - (dice.chance(YEAR_OFF) ? 1 : 0));
		}
		return (draw < YEAR_GIVEN + FULL_DATE_GIVEN) ? BirthDates.full(birthDate) : "";
	}

}
