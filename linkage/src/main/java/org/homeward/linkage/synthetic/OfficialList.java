package org.homeward.linkage.synthetic;

import java.util.Locale;

import static org.homeward.linkage.synthetic.SourceProfile.maybe;
import static org.homeward.linkage.synthetic.Typos.sometimes;

/**
 * An official list exchanged between governments: passport romanisation in capitals
 * (national 2010, or the ICAO 9303 table: MIKHAILO), the family name sometimes first in
 * the given-name column, and dates sometimes written month first, which reads as day and
 * month swapped.
 */
final class OfficialList implements SourceProfile {

	/** The id written in the {@code source} column. */
	static final String NAME = "official-list";

	private static final double TYPO = 0.04;

	/** The chance of a birth date written with day and month swapped. */
	static final double SWAPPED = 0.12;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int occurrences(Dice dice) {
		return dice.chance(0.5) ? 1 : 0;
	}

	@Override
	public Mention describe(SyntheticChild child, Dice dice) {
		Romanisation system = dice.chance(0.75) ? Romanisation.UKRAINIAN_NATIONAL_2010 : Romanisation.ICAO_9303;
		Sex sex = child.sex();
		String given = sometimes(capitals(system, child.givenName().uk()), TYPO, dice);
		String family = sometimes(capitals(system, child.surname().uk(sex)), TYPO, dice);
		String birth = dice.chance(SWAPPED) ? BirthDates.daySwapped(child.birthDate())
				: BirthDates.full(child.birthDate());
		String[] names = order(given, family, dice);
		return new Mention(name(), names[0], names[1],
				maybe(capitals(system, child.father().ukPatronymic(sex)), 0.4, dice), sex.code(), birth,
				maybe(capitals(system, child.settlement().uk()), 0.85, dice),
				maybe(capitals(system, child.settlement().oblast().uk()), 0.85, dice));
	}

	/**
	 * Returns the given-name and family-name columns: usually as they should be,
	 * sometimes swapped, sometimes the whole name, family first, in the given-name
	 * column.
	 */
	private static String[] order(String given, String family, Dice dice) {
		double draw = dice.unit();
		if (draw < 0.08) {
			return new String[] { family, given };
		}
		if (draw < 0.15) {
			return new String[] { family + " " + given, "" };
		}
		return new String[] { given, family };
	}

	private static String capitals(Romanisation system, String cyrillic) {
		return system.apply(cyrillic).toUpperCase(Locale.ROOT);
	}

}
