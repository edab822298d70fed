package org.homeward.linkage.synthetic;

import java.time.LocalDate;

import static org.homeward.linkage.synthetic.SourceProfile.maybe;
import static org.homeward.linkage.synthetic.Typos.sometimes;

/**
 * A tracing request from a relative: Ukrainian, the name the family calls the child
 * (Міша, Настя), a remembered and sometimes partial birth date, and hurried typing.
 */
final class FamilyRequest implements SourceProfile {

	/** The id written in the {@code source} column. */
	static final String NAME = "family-request";

	private static final double TYPO = 0.08;

	/** The chance that a family remembers the birth date a few days off. */
	static final double MISREMEMBERED = 0.05;

	/** How many days off, at most, a misremembered birth date is. */
	static final int DAYS_OFF = 3;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int occurrences(Dice dice) {
		return dice.chance(0.6) ? 1 + (dice.chance(0.2) ? 1 : 0) : 0;
	}

	@Override
	public Mention describe(SyntheticChild child, Dice dice) {
		Sex sex = child.sex();
		GivenName given = child.givenName();
		String called = dice.chance(0.35) ? dice.oneOf(given.ukDiminutives()) : given.uk();
		return new Mention(name(), sometimes(called, TYPO, dice), sometimes(child.surname().uk(sex), TYPO, dice),
				maybe(sometimes(child.father().ukPatronymic(sex), TYPO, dice), 0.5, dice),
				maybe(sex.code(), 0.85, dice),
				BirthDates.partial(remembered(child.birthDate(), dice), dice, 0.55, 0.2, 0.15),
				maybe(sometimes(child.settlement().uk(), 0.03, dice), 0.9, dice),
				maybe(child.settlement().oblast().uk(), 0.7, dice));
	}

	private static LocalDate remembered(LocalDate birthDate, Dice dice) {
		return dice.chance(MISREMEMBERED) ? birthDate.plusDays(dice.between(-DAYS_OFF, DAYS_OFF)) : birthDate;
	}

}
