package org.homeward.linkage.synthetic;

import java.time.LocalDate;

import static org.homeward.linkage.synthetic.SourceProfile.maybe;
import static org.homeward.linkage.synthetic.Typos.sometimes;

/**
 * A Russian adoption or guardianship database: everything Russified (Михаил, Олейник,
 * -ская, Russian place names), and for some children a new Russian surname, a new
 * patronymic and a changed birth date.
 */
final class RuAdoptionDatabase implements SourceProfile {

	/** The id written in the {@code source} column. */
	static final String NAME = "ru-adoption-db";

	private static final double TYPO = 0.05;

	/** The share of children given a new Russian surname. */
	static final double RENAMED = 0.3;

	/** The share of renamed children who are also given a new patronymic. */
	static final double NEW_FATHER = 0.5;

	/** The chance of a shifted birth date for a renamed child. */
	static final double SHIFTED_IF_RENAMED = 0.5;

	/** The chance of a shifted birth date for a child who kept the surname. */
	static final double SHIFTED_IF_KEPT = 0.15;

	private final Lexicon lexicon;

	RuAdoptionDatabase(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int occurrences(Dice dice) {
		return dice.chance(0.45) ? 1 : 0;
	}

	@Override
	public Mention describe(SyntheticChild child, Dice dice) {
		Sex sex = child.sex();
		boolean renamed = dice.chance(RENAMED);
		String given = dice.chance(0.9) ? child.givenName().ru() : child.givenName().uk();
		Surname surname = renamed ? this.lexicon.adoptiveSurname(dice) : child.surname();
		FatherName father = (renamed && dice.chance(NEW_FATHER)) ? this.lexicon.father(dice) : child.father();
		LocalDate birth = dice.chance(renamed ? SHIFTED_IF_RENAMED : SHIFTED_IF_KEPT)
				? BirthDates.shifted(child.birthDate(), dice) : child.birthDate();
		return new Mention(name(), sometimes(given, TYPO, dice), sometimes(surname.ru(sex), TYPO, dice),
				maybe(sometimes(father.ruPatronymic(sex), TYPO, dice), 0.9, dice), maybe(sex.code(), 0.95, dice),
				maybe(BirthDates.full(birth), 0.97, dice), maybe(child.settlement().ru(), 0.8, dice),
				maybe(child.settlement().oblast().ru(), 0.7, dice));
	}

}
