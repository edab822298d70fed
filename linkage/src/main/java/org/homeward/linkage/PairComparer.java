package org.homeward.linkage;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Compares two prepared records field by field into comparison levels, trying the given
 * and family names crosswise when that agrees better (KOVALENKO MYKHAILO against Михайло
 * Коваленко). Allocation-free: levels go into the caller's array.
 */
final class PairComparer {

	/** Flag in the result of {@link #compare}: the names were compared crosswise. */
	static final int SWAPPED = 1;

	/*
	 * Crosswise, either record may be the swapped one, so the given name is read from the
	 * first record's given slot (this flag clear) or family slot (set); the better
	 * reading wins, ties going to the lower given-name level, which keeps scores
	 * symmetric.
	 */
	static final int SWAPPED_SECOND = 4;

	/** {@link #nameLevel} mode: given names, whose different known concepts disagree. */
	static final int GIVEN = 0;

	/**
	 * {@link #nameLevel} mode: family names and patronymics, with their variant forms.
	 */
	static final int FAMILY = 1;

	/** {@link #nameLevel} mode: places, whose concepts join former and foreign names. */
	static final int PLACE = 2;

	/**
	 * {@link #nameLevel} mode: patronymics, the same concept when they name the same
	 * father's given name for a child of the same sex (Андрійович, Андреевич,
	 * Andriyovych).
	 */
	static final int PATRONYMIC = 3;

	private final FieldKind[] kinds;

	private final int given;

	private final int family;

	/* Each place field's enclosing place field (oblast after settlement), or -1. */
	private final int[] enclosedBy;

	/*
	 * The first given and family name fields (those present), and all others, cheap ones
	 * first.
	 */
	private final int[] nameFields;

	private final int[] laterFields;

	PairComparer(FieldProfile profile) {
		List<FieldSpec> fields = profile.fields();
		this.kinds = new FieldKind[fields.size()];
		for (int f = 0; f < this.kinds.length; f++) {
			this.kinds[f] = fields.get(f).kind();
		}
		this.given = profile.firstOfKind(FieldKind.GIVEN_NAME);
		this.family = profile.firstOfKind(FieldKind.FAMILY_NAME);
		this.enclosedBy = new int[this.kinds.length];
		int previousPlace = -1;
		for (int f = 0; f < this.kinds.length; f++) {
			this.enclosedBy[f] = (this.kinds[f] == FieldKind.PLACE) ? previousPlace : -1;
			previousPlace = (this.kinds[f] == FieldKind.PLACE) ? f : previousPlace;
		}
		this.nameFields = java.util.stream.IntStream.of(this.given, this.family).filter((f) -> f >= 0).toArray();
		this.laterFields = java.util.stream.IntStream.range(0, this.kinds.length)
			.filter((f) -> f != this.given && f != this.family)
			.boxed()
			.sorted(java.util.Comparator.comparingInt((Integer f) -> isCheap(this.kinds[f]) ? 0 : 1))
			.mapToInt(Integer::intValue)
			.toArray();
	}

	private static boolean isCheap(FieldKind kind) {
		return kind == FieldKind.SEX || kind == FieldKind.DATE || kind == FieldKind.CODE;
	}

	int fieldCount() {
		return this.kinds.length;
	}

	/**
	 * Tells whether the given names of a just-compared pair are two different known names
	 * (different concepts, such as Олександр and Олексій, or a misspelt Златта against
	 * Мілана), as opposed to an unknown name that merely fails to match.
	 * @param flags the result of {@link #compare}
	 */
	boolean givenNamesConflict(PreparedRecord a, PreparedRecord b, int flags) {
		if (this.given < 0) {
			return false;
		}
		boolean swapped = (flags & SWAPPED) != 0;
		boolean second = (flags & SWAPPED_SECOND) != 0;
		NameFeatures x = second ? a.names[this.family] : a.names[this.given];
		NameFeatures y = (swapped && !second) ? b.names[this.family] : b.names[this.given];
		return x != null && y != null && x.nearConcepts.length > 0 && y.nearConcepts.length > 0
				&& !NameFeatures.intersects(x.nearConcepts, y.nearConcepts);
	}

	/**
	 * Fills {@code context.levels[f]} with the ordinal of each field's
	 * {@link ComparisonLevel}.
	 * @return {@link #SWAPPED} (with {@link #SWAPPED_SECOND} for the second reading) when
	 * given and family names were compared crosswise, else 0
	 */
	int compare(PreparedRecord a, PreparedRecord b, ScoringContext context) {
		int flags = compareNames(a, b, context);
		for (int f : this.laterFields) {
			context.levels[f] = level(f, a, b, context);
		}
		countPlaceOnce(context.levels);
		return flags;
	}

	/**
	 * The fields that {@link #compareNames} does not fill, cheap ones first (sex, dates,
	 * codes need no look-up), in the order {@link Scorer#weighAtLeast} compares them.
	 */
	int[] laterFields() {
		return this.laterFields;
	}

	/** The fields that {@link #compareNames} fills. */
	int[] nameFields() {
		return this.nameFields;
	}

	/** The level of field {@code f}, the same field in both records. */
	int level(int f, PreparedRecord a, PreparedRecord b, ScoringContext context) {
		return level(this.kinds[f], a, b, f, context);
	}

	/**
	 * Fills the levels of the first given and family name, compared crosswise when that
	 * agrees better.
	 * @return the flags as for {@link #compare}
	 */
	int compareNames(PreparedRecord a, PreparedRecord b, ScoringContext context) {
		int[] levels = context.levels;
		if (this.given >= 0) {
			levels[this.given] = level(this.given, a, b, context);
		}
		if (this.family >= 0) {
			levels[this.family] = level(this.family, a, b, context);
		}
		if (this.given < 0 || this.family < 0) {
			return 0;
		}
		int straight = levels[this.given] + levels[this.family];
		if (straight <= 2 * ComparisonLevel.SAME_CONCEPT.ordinal()) {
			return 0;
		}
		int[] x = a.ints;
		int[] y = b.ints;
		if (x[this.given] == 0 || x[this.family] == 0 || y[this.given] == 0 || y[this.family] == 0) {
			return 0;
		}
		int givenFirst = nameLevel(a, this.given, b, this.family, GIVEN, context);
		int familyFirst = nameLevel(a, this.family, b, this.given, FAMILY, context);
		int givenSecond = nameLevel(a, this.family, b, this.given, GIVEN, context);
		int familySecond = nameLevel(a, this.given, b, this.family, FAMILY, context);
		int first = givenFirst + familyFirst;
		int second = givenSecond + familySecond;
		boolean useSecond = second < first || (second == first && givenSecond < givenFirst);
		if (Math.min(first, second) >= straight) {
			return 0;
		}
		levels[this.given] = useSecond ? givenSecond : givenFirst;
		levels[this.family] = useSecond ? familySecond : familyFirst;
		return useSecond ? SWAPPED | SWAPPED_SECOND : SWAPPED;
	}

	/**
	 * Counts an enclosing place as missing where the place inside it agrees (see below);
	 * {@link #compare} does it, {@link Scorer#weighAtLeast} once all levels are in.
	 */
	void finish(int[] levels) {
		countPlaceOnce(levels);
	}

	/*
	 * A settlement implies its oblast: when the settlements agree, the agreeing oblast
	 * says nothing more, yet weighed on its own it added 2.9 bits to every namesake in
	 * the same town (a third of the false links on the synthetic benchmark). The
	 * enclosing place then counts as missing.
	 */
	private void countPlaceOnce(int[] levels) {
		for (int f = 0; f < this.kinds.length; f++) {
			int inner = this.enclosedBy[f];
			if (inner >= 0 && levels[inner] <= ComparisonLevel.SIMILAR.ordinal()
					&& levels[f] <= ComparisonLevel.SIMILAR.ordinal()) {
				levels[f] = ComparisonLevel.MISSING.ordinal();
			}
		}
	}

	static int level(FieldKind kind, PreparedRecord a, PreparedRecord b, int f, ScoringContext context) {
		return switch (kind) {
			case GIVEN_NAME -> nameLevel(a, f, b, f, GIVEN, context);
			case FAMILY_NAME -> nameLevel(a, f, b, f, FAMILY, context);
			case PATRONYMIC -> nameLevel(a, f, b, f, PATRONYMIC, context);
			case PLACE -> nameLevel(a, f, b, f, PLACE, context);
			case SEX -> sexLevel(a.ints[f], b.ints[f]);
			case DATE -> DateValue.compare(a.ints[f], b.ints[f]).ordinal();
			case TEXT -> textLevel(a, b, f, context);
			case CODE -> codeLevel(a, b, f);
		};
	}

	/**
	 * The level of name field {@code fa} of one record against name field {@code fb} of
	 * another (the same field, or given against family name crosswise), from the ids in
	 * {@link PreparedRecord#ints} and the context's memo; only a memo miss reads the
	 * {@link NameFeatures}. Gives what
	 * {@link #nameLevel(NameFeatures, NameFeatures, int, ScoringContext)} gives for the
	 * two names.
	 */
	static int nameLevel(PreparedRecord a, int fa, PreparedRecord b, int fb, int mode, ScoringContext context) {
		int x = a.ints[fa];
		int y = b.ints[fb];
		if (x == 0 || y == 0) {
			return ComparisonLevel.MISSING.ordinal();
		}
		if (x == y) {
			return ComparisonLevel.EXACT.ordinal();
		}
		return context.nameLevel(x, y, mode, a, fa, b, fb);
	}

	/**
	 * The level of two names, null when missing, in a mode: the reference that the flat
	 * path of
	 * {@link #nameLevel(PreparedRecord, int, PreparedRecord, int, int, ScoringContext)}
	 * follows.
	 */
	static int nameLevel(@Nullable NameFeatures a, @Nullable NameFeatures b, int mode, ScoringContext context) {
		if (a == null || b == null) {
			return ComparisonLevel.MISSING.ordinal();
		}
		if (a.exactId == b.exactId) {
			return ComparisonLevel.EXACT.ordinal();
		}
		return computeNameLevel(a, b, mode, context);
	}

	/**
	 * The level of two different present names, computed from their features; what
	 * {@link ScoringContext#nameLevel} remembers.
	 */
	static int computeNameLevel(NameFeatures a, NameFeatures b, int mode, ScoringContext context) {
		if (NameFeatures.intersects(a.renderings, b.renderings)) {
			return ComparisonLevel.EXACT.ordinal();
		}
		if (mode != FAMILY && NameFeatures.intersects(a.concepts, b.concepts)
				&& (mode != PATRONYMIC || a.patronymicSex == b.patronymicSex)) {
			return ComparisonLevel.SAME_CONCEPT.ordinal();
		}
		if (mode == GIVEN && a.concepts.length > 0 && b.concepts.length > 0
				&& !NameFeatures.intersects(a.nearConcepts, b.nearConcepts)) {
			return ComparisonLevel.DISAGREE.ordinal();
		}
		/*
		 * Variants are a surname's other forms (SurnameForms) or a place's Ukrainian or
		 * Russian form (place-forms.txt), never a given name's.
		 */
		if (mode != GIVEN && (NameFeatures.intersects(a.variantRenderings, b.renderings)
				|| NameFeatures.intersects(b.variantRenderings, a.renderings))) {
			return ComparisonLevel.SAME_CONCEPT.ordinal();
		}
		boolean given = mode == GIVEN;
		if (NameFeatures.intersects(given ? a.givenSkeletons : a.familySkeletons,
				given ? b.givenSkeletons : b.familySkeletons)) {
			return ComparisonLevel.PHONETIC.ordinal();
		}
		/*
		 * An unknown given name one typing error from a known form of the other's name
		 * (Maksin, Сохія against Максим, Софія) is as close as a spelling can be; the
		 * Jaro–Winkler key, its primary romanisation (maksym), may be further away.
		 */
		if (given && NameFeatures.intersects(a.nearConcepts, b.nearConcepts)) {
			return ComparisonLevel.SIMILAR_HIGH.ordinal();
		}
		return context.similarityLevel(a.exactId, b.exactId, a.jwKey, a.jwSketch, b.jwKey, b.jwSketch, false);
	}

	static int similarityLevel(double similarity, double lower) {
		if (similarity >= 0.94) {
			return ComparisonLevel.SIMILAR_HIGH.ordinal();
		}
		return (similarity >= lower) ? ComparisonLevel.SIMILAR.ordinal() : ComparisonLevel.DISAGREE.ordinal();
	}

	private static int sexLevel(int a, int b) {
		if (a == 0 || b == 0) {
			return ComparisonLevel.MISSING.ordinal();
		}
		return (a == b) ? ComparisonLevel.EXACT.ordinal() : ComparisonLevel.DISAGREE.ordinal();
	}

	/* The ids are 0 exactly when the value is empty (RecordPreparer). */
	private static int textLevel(PreparedRecord a, PreparedRecord b, int f, ScoringContext context) {
		int x = a.ints[f];
		int y = b.ints[f];
		if (x == 0 || y == 0) {
			return ComparisonLevel.MISSING.ordinal();
		}
		if (x == y) {
			return ComparisonLevel.EXACT.ordinal();
		}
		return context.similarityLevel(x, y, a.texts[f], a.sketches[f], b.texts[f], b.sketches[f], true);
	}

	private static int codeLevel(PreparedRecord a, PreparedRecord b, int f) {
		int x = a.ints[f];
		int y = b.ints[f];
		if (x == 0 || y == 0) {
			return ComparisonLevel.MISSING.ordinal();
		}
		if (x == y) {
			return ComparisonLevel.EXACT.ordinal();
		}
		return JaroWinkler.withinOneEdit(a.texts[f], a.sketches[f], b.texts[f], b.sketches[f])
				? ComparisonLevel.ONE_EDIT.ordinal() : ComparisonLevel.DISAGREE.ordinal();
	}

}
