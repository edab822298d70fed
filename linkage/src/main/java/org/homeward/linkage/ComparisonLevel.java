package org.homeward.linkage;

/**
 * The outcome of comparing one field of two records, from the strongest agreement to
 * missing. Each {@link FieldKind} uses a subset of the levels.
 */
public enum ComparisonLevel {

	/** Equal, or equal in one of the Latin forms. */
	EXACT,
	/** The same given-name concept, or a Ukrainian/Russian or gendered surname form. */
	SAME_CONCEPT,
	/** Dates with day and month swapped. */
	DAY_MONTH_SWAPPED,
	/**
	 * Dates that agree as far as the less precise one goes (year-only against a full
	 * date).
	 */
	PARTIAL_DATE,
	/** Equal phonetic skeletons. */
	PHONETIC,
	/** Jaro–Winkler similarity of at least 0.94. */
	SIMILAR_HIGH,
	/** Jaro–Winkler similarity of at least 0.88 (text: 0.85). */
	SIMILAR,
	/** Codes one edit apart; full dates with two of three parts equal. */
	ONE_EDIT,
	/** Birth years at most one apart. */
	YEAR_CLOSE,
	/** Different. */
	DISAGREE,
	/** Missing on at least one side; weight 0. */
	MISSING;

	static final int COUNT = values().length;

	private static final ComparisonLevel[] ALL = values();

	static ComparisonLevel of(int ordinal) {
		return ALL[ordinal];
	}

}
