package org.homeward.linkage;

import java.util.List;

/**
 * Tells which records of a batch contradict each other so plainly that no chain of links
 * may put them into one cluster:
 * <ul>
 * <li>their given names are two different known names (the veto);</li>
 * <li>their birth dates disagree beyond a typo, a day/month swap or a shift of a year
 * (for a year alone: years two or more apart);</li>
 * <li>they share a family name but name different fathers;</li>
 * <li>two independent facts disagree: any two of the family name, the patronymic, the
 * settlement and a full birth date (shifted within a year, not a typo or a swap), unless
 * they are just a new family name and patronymic with the same full birth date, one of
 * the family names Russian in form (a child renamed at adoption).</li>
 * </ul>
 * Not thread-safe: it scores with one scratch context.
 */
final class RecordConflicts implements ClusterBuilder.RecordConflict {

	/*
	 * On the synthetic benchmark (seed 7) true pairs disagree on a full birth date in 10
	 * of 21,000 cases; the pairs that do are namesakes in one town. The patronymic rule
	 * (same family name, different father) moved precision from 0.968 to 0.977 and recall
	 * from 0.743 to 0.732 there.
	 *
	 * Two disagreements: most false pairs at 20,000 children came from clusters that held
	 * two namesakes' groups ("Емілія Кондратенко, 2011-12-29, Маріуполь" and "Емілія
	 * Грачак, 2011-01-25, Маріуполь"), joined by one pair that the weights could not tell
	 * from a match. Members of one child rarely disagree on two facts at once, except a
	 * child renamed at adoption (new family name and new patronymic). Counting that case
	 * too cost about 1,100 of 123,600 true pairs for about 230 false ones; excusing it
	 * when the full birth dates are equal gets back about 750 of those true pairs for
	 * about 110 false ones. Measured on seeds 1 and 2, see BENCHMARKS.md section 2.
	 *
	 * Birth years two or more apart conflicted only between full dates at first; a news
	 * item "Oleksandr Vasylenko, 2004, Mariupol" then joined, through a dateless mention,
	 * the cluster of an Oleksandr Vasylenko born in 2012. Counting them too moved
	 * precision from 0.9813 to 0.9833 and 0.9801 to 0.9822, recall by -0.0006 and -0.0009
	 * (seeds 1 and 2, blocks up to 300).
	 */
	private static final int INDEPENDENT_DISAGREEMENTS = 2;

	private final Scorer scorer;

	private final List<PreparedRecord> records;

	private final ScoringContext context;

	private final int date;

	private final int family;

	private final int patronymic;

	private final int settlement;

	RecordConflicts(Scorer scorer, List<PreparedRecord> records) {
		this.scorer = scorer;
		this.records = records;
		this.context = scorer.newContext();
		FieldProfile profile = scorer.model.profile();
		this.date = profile.firstOfKind(FieldKind.DATE);
		this.family = profile.firstOfKind(FieldKind.FAMILY_NAME);
		this.patronymic = profile.firstOfKind(FieldKind.PATRONYMIC);
		this.settlement = profile.firstOfKind(FieldKind.PLACE);
	}

	@Override
	public boolean conflicts(int i, int j) {
		PreparedRecord a = this.records.get(i);
		PreparedRecord b = this.records.get(j);
		this.scorer.weigh(a, b, this.context);
		int[] levels = this.context.levels;
		int flags = levels[this.scorer.fieldCount()];
		boolean fullDates = fullDates(a, b);
		return (flags & Scorer.VETOED) != 0 || disagrees(levels, this.date) || fathersDiffer(levels, flags)
				|| disagreements(levels, fullDates) >= INDEPENDENT_DISAGREEMENTS
						&& !(renamed(levels, fullDates) && (russianFormed(a) || russianFormed(b)));
	}

	/*
	 * A child renamed at adoption: new family name and new patronymic, the same full
	 * birth date, nothing else different.
	 */
	private boolean renamed(int[] levels, boolean fullDates) {
		return fullDates && levels[this.date] == ComparisonLevel.EXACT.ordinal() && disagreements(levels, true) == 2
				&& disagrees(levels, this.family) && disagrees(levels, this.patronymic);
	}

	/*
	 * A child renamed at a Russian adoption is given a Russian family name: Смирнов,
	 * Кузнецова, Соловьёв (-ов, -ев, -ёв, -ова, -ева, -ёва; the forms in -ин are left
	 * out, since Ukrainian names in -ишин, -ин are common). Without one, a new family
	 * name, a new patronymic and the same birth date are two children: two Марія of
	 * Маріуполь born 2010-08-22, Довгалович and Несторів. On 20,000 children: seed 1 P
	 * 0.9849 -> 0.9858, F1 0.8892 -> 0.8895; seed 2 P 0.9833 -> 0.9838, F1 0.8886 ->
	 * 0.8888.
	 */
	private boolean russianFormed(PreparedRecord record) {
		NameFeatures name = (this.family >= 0) ? record.names[this.family] : null;
		if (name == null) {
			return false;
		}
		String latin = new String(name.jwKey);
		return latin.endsWith("ov") || latin.endsWith("ev") || latin.endsWith("ova") || latin.endsWith("eva");
	}

	private boolean fullDates(PreparedRecord a, PreparedRecord b) {
		return this.date >= 0 && DateValue.day(a.ints[this.date]) > 0 && DateValue.day(b.ints[this.date]) > 0;
	}

	private int disagreements(int[] levels, boolean fullDates) {
		int count = fullDates && levels[this.date] == ComparisonLevel.YEAR_CLOSE.ordinal() ? 1 : 0;
		count += disagrees(levels, this.family) ? 1 : 0;
		count += disagrees(levels, this.patronymic) ? 1 : 0;
		return count + (disagrees(levels, this.settlement) ? 1 : 0);
	}

	private static boolean disagrees(int[] levels, int field) {
		return field >= 0 && levels[field] == ComparisonLevel.DISAGREE.ordinal();
	}

	private boolean fathersDiffer(int[] levels, int flags) {
		return this.family >= 0 && this.patronymic >= 0 && (flags & PairComparer.SWAPPED) == 0
				&& levels[this.family] <= ComparisonLevel.SAME_CONCEPT.ordinal()
				&& levels[this.patronymic] == ComparisonLevel.DISAGREE.ordinal();
	}

}
