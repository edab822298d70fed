package org.homeward.linkage;

import org.jspecify.annotations.Nullable;

/**
 * Per-thread scratch of the scoring loop: the comparison levels of the current pair and
 * two direct-mapped memos by pair of interned values, of Jaro–Winkler levels and of whole
 * name levels. Distinct name pairs repeat heavily (Коваленко against Бондаренко thousands
 * of times in a million records), so most similarity checks become one array read. Not
 * thread-safe: one context per thread.
 */
final class ScoringContext {

	/** Levels of the last pair, by field; the last slot holds the flags. */
	final int[] levels;

	private final @Nullable Memo similarities;

	private final @Nullable Memo names;

	ScoringContext(int fields, boolean memo) {
		this(fields, memo, memo);
	}

	private ScoringContext(int fields, boolean nameMemo, boolean similarityMemo) {
		this.levels = new int[fields + 1];
		this.similarities = similarityMemo ? new Memo() : null;
		this.names = nameMemo ? new Memo() : null;
	}

	/**
	 * A context for random pairs (u-probabilities): their Jaro–Winkler pairs of texts and
	 * names almost never repeat, so a memo of them only costs a cache miss per look-up;
	 * whole name levels still repeat (patronymics, places, common given names) and keep
	 * theirs.
	 */
	static ScoringContext forRandomPairs(int fields) {
		return new ScoringContext(fields, true, false);
	}

	/*
	 * The bound is exact arithmetic on the same formula, so a margin of 1e-9 keeps every
	 * level as the full computation gives it.
	 */
	private static int computeSimilarityLevel(char[] a, long sketchA, char[] b, long sketchB, boolean text) {
		double lower = text ? 0.85 : 0.88;
		if (JaroWinkler.sketchBound(sketchA, sketchB) < lower - 1e-9 || JaroWinkler.upperBound(a, b) < lower - 1e-9) {
			return ComparisonLevel.DISAGREE.ordinal();
		}
		return PairComparer.similarityLevel(JaroWinkler.similarity(a, b), lower);
	}

	/**
	 * The level of two different present names in a {@link PairComparer} mode, from the
	 * memo or computed from the records' {@link NameFeatures}. The level depends only on
	 * the two names and the mode, and is symmetric, so a hit reads no feature of either
	 * name.
	 * @param x the first name's id, {@code a.ints[fa]}, positive
	 * @param y the second name's id, {@code b.ints[fb]}, positive and not {@code x}
	 */
	int nameLevel(int x, int y, int mode, PreparedRecord a, int fa, PreparedRecord b, int fb) {
		Memo memo = this.names;
		if (memo == null) {
			return PairComparer.computeNameLevel(a.names[fa], b.names[fb], mode, this);
		}
		/*
		 * Ids stay far below 2^30; the key 0 of an empty slot needs x = y = 0, never
		 * asked.
		 */
		long key = ((long) (mode + 1) << 61) | ((long) Math.min(x, y) << 31) | Math.max(x, y);
		int level = memo.get(key);
		if (level < 0) {
			level = PairComparer.computeNameLevel(a.names[fa], b.names[fb], mode, this);
			memo.put(key, level);
		}
		return level;
	}

	/**
	 * The similarity level of two values, from the memo or computed.
	 * @param idA interned id of the first value, positive
	 * @param idB interned id of the second value, positive
	 * @param text whether the values are free text (other thresholds than names)
	 */
	int similarityLevel(int idA, int idB, char[] a, long sketchA, char[] b, long sketchB, boolean text) {
		/*
		 * Greedy Jaro matching need not be symmetric: computed in one orientation per
		 * pair of ids, a level cannot depend on which thread met the pair first, nor
		 * differ between score and explain.
		 */
		boolean inOrder = idA <= idB;
		Memo memo = this.similarities;
		if (memo == null) {
			return inOrder ? computeSimilarityLevel(a, sketchA, b, sketchB, text)
					: computeSimilarityLevel(b, sketchB, a, sketchA, text);
		}
		long key = ((long) Math.min(idA, idB) << 32) | Math.max(idA, idB) | (text ? Long.MIN_VALUE : 0);
		int level = memo.get(key);
		if (level < 0) {
			level = inOrder ? computeSimilarityLevel(a, sketchA, b, sketchB, text)
					: computeSimilarityLevel(b, sketchB, a, sketchA, text);
			memo.put(key, level);
		}
		return level;
	}

	/**
	 * A direct-mapped memo of levels by non-zero key, 64 Ki slots (about 0.6 MB). A memo
	 * that grew to 1 Mi slots once it had missed four times its size was tried and not
	 * kept: no difference that the noise of the shared machine let through (see
	 * BENCHMARKS.md, section 6a).
	 */
	private static final class Memo {

		private static final int BITS = 16;

		private final long[] keys = new long[1 << BITS];

		private final byte[] levels = new byte[1 << BITS];

		private static int slot(long key) {
			return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
		}

		/* The level remembered for the key, or -1. */
		int get(long key) {
			int slot = slot(key);
			return (this.keys[slot] == key) ? this.levels[slot] : -1;
		}

		void put(long key, int level) {
			int slot = slot(key);
			this.keys[slot] = key;
			this.levels[slot] = (byte) level;
		}

	}

}
