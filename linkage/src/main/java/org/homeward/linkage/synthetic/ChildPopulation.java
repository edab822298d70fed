package org.homeward.linkage.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Invents children in families, so that the benchmark holds the hard negatives of real
 * data: siblings share a surname, patronymic and settlement; twins also share a birth
 * date; and unrelated children often share a common name, because names are drawn by
 * frequency.
 */
final class ChildPopulation {

	static final LocalDate FIRST_BIRTH = LocalDate.of(2005, 1, 1);

	static final LocalDate LAST_BIRTH = LocalDate.of(2022, 12, 31);

	private static final double SIBLINGS = 0.22;

	private static final double TWINS = 0.3;

	private final Lexicon lexicon;

	private final Dice dice;

	ChildPopulation(Lexicon lexicon, Dice dice) {
		this.lexicon = lexicon;
		this.dice = dice;
	}

	/**
	 * Invents exactly {@code count} children.
	 * @param count how many, at least zero
	 * @return the children, siblings next to each other
	 */
	List<SyntheticChild> invent(int count) {
		List<SyntheticChild> children = new ArrayList<>(count);
		while (children.size() < count) {
			int size = this.dice.chance(SIBLINGS) ? this.dice.between(2, 3) : 1;
			family(Math.min(size, count - children.size()), children);
		}
		return children;
	}

	private void family(int size, List<SyntheticChild> children) {
		Surname surname = this.lexicon.surname(this.dice);
		FatherName father = this.lexicon.father(this.dice);
		Settlement settlement = this.lexicon.settlement(this.dice);
		LocalDate firstBorn = randomBirthDate();
		boolean twins = size > 1 && this.dice.chance(TWINS);
		List<GivenName> namesTaken = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			LocalDate birth = (i == 0 || (i == 1 && twins)) ? firstBorn : youngerSibling(firstBorn);
			Sex sex = this.dice.chance(0.5) ? Sex.MALE : Sex.FEMALE;
			GivenName name = freshName(sex, namesTaken);
			namesTaken.add(name);
			String id = String.format(Locale.ROOT, "syn-child-%07d", children.size() + 1);
			children.add(new SyntheticChild(id, sex, name, surname, father, birth, settlement));
		}
	}

	private GivenName freshName(Sex sex, List<GivenName> taken) {
		GivenName name = this.lexicon.givenName(sex, this.dice);
		while (taken.contains(name)) {
			name = this.lexicon.givenName(sex, this.dice);
		}
		return name;
	}

	private LocalDate randomBirthDate() {
		long span = LAST_BIRTH.toEpochDay() - FIRST_BIRTH.toEpochDay();
		return FIRST_BIRTH.plusDays((long) (this.dice.unit() * (span + 1)));
	}

	private LocalDate youngerSibling(LocalDate firstBorn) {
		LocalDate birth = firstBorn.plusDays(this.dice.between(300, 3000));
		if (birth.isAfter(LAST_BIRTH)) {
			birth = firstBorn.minusDays(this.dice.between(300, 3000));
		}
		return birth.isBefore(FIRST_BIRTH) ? FIRST_BIRTH.plusDays(this.dice.between(0, 364)) : birth;
	}

}
