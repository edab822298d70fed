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

	private static final double TYPO = 0.05;

	private final Lexicon lexicon;

	RuAdoptionDatabase(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	@Override
	public String name() {
		return "ru-adoption-db";
	}

	@Override
	public int occurrences(Dice dice) {
		return dice.chance(0.45) ? 1 : 0;
	}

	@Override
	public Mention describe(SyntheticChild child, Dice dice) {
		Sex sex = child.sex();
		boolean renamed = dice.chance(0.3);
		String given = dice.chance(0.9) ? child.givenName().ru() : child.givenName().uk();
		Surname surname = renamed ? this.lexicon.adoptiveSurname(dice) : child.surname();
		FatherName father = (renamed && dice.chance(0.5)) ? this.lexicon.father(dice) : child.father();
		LocalDate birth = dice.chance(renamed ? 0.5 : 0.15) ? BirthDates.shifted(child.birthDate(), dice)
				: child.birthDate();
		return new Mention(name(), sometimes(given, TYPO, dice), sometimes(surname.ru(sex), TYPO, dice),
				maybe(sometimes(father.ruPatronymic(sex), TYPO, dice), 0.9, dice), maybe(sex.code(), 0.95, dice),
				maybe(BirthDates.full(birth), 0.97, dice), maybe(child.settlement().ru(), 0.8, dice),
				maybe(child.settlement().oblast().ru(), 0.7, dice));
	}

}
