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

	private static final int MEMO_BITS = 16;

	private static final int MEMO_MASK = (1 << MEMO_BITS) - 1;

	/** Levels of the last pair, by field; the last slot holds the flags. */
	final int[] levels;

	private final long @Nullable [] memoKeys;

	private final byte @Nullable [] memoLevels;

	private final long @Nullable [] nameKeys;

	private final byte @Nullable [] nameLevels;

	ScoringContext(int fields, boolean memo) {
		this.levels = new int[fields + 1];
		this.memoKeys = memo ? new long[1 << MEMO_BITS] : null;
		this.memoLevels = memo ? new byte[1 << MEMO_BITS] : null;
		this.nameKeys = memo ? new long[1 << MEMO_BITS] : null;
		this.nameLevels = memo ? new byte[1 << MEMO_BITS] : null;
	}

	/*
	 * The bound is exact arithmetic on the same formula, so a margin of 1e-9 keeps every
	 * level as the full computation gives it.
	 */
	private static int computeSimilarityLevel(char[] a, char[] b, boolean text) {
		double lower = text ? 0.85 : 0.88;
		if (JaroWinkler.upperBound(a, b) < lower - 1e-9) {
			return ComparisonLevel.DISAGREE.ordinal();
		}
		return PairComparer.similarityLevel(JaroWinkler.similarity(a, b), lower);
	}

	/**
	 * The level of two different present names in a {@link PairComparer} mode, from the
	 * memo or computed. The level depends only on the two names and the mode, and is
	 * symmetric, so a hit skips every feature array of both names.
	 */
	int nameLevel(NameFeatures a, NameFeatures b, int mode) {
		long[] keys = this.nameKeys;
		byte[] memo = this.nameLevels;
		if (keys == null || memo == null) {
			return PairComparer.computeNameLevel(a, b, mode, this);
		}
		int x = Math.min(a.exactId, b.exactId);
		int y = Math.max(a.exactId, b.exactId);
		/*
		 * Ids stay far below 2^30; the key 0 of an empty slot needs x = y = 0, never
		 * asked.
		 */
		long key = ((long) (mode + 1) << 61) | ((long) x << 31) | y;
		int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - MEMO_BITS)) & MEMO_MASK;
		if (keys[slot] == key) {
			return memo[slot];
		}
		int level = PairComparer.computeNameLevel(a, b, mode, this);
		keys[slot] = key;
		memo[slot] = (byte) level;
		return level;
	}

	/**
	 * The similarity level of two values, from the memo or computed.
	 * @param idA interned id of the first value, positive
	 * @param idB interned id of the second value, positive
	 * @param text whether the values are free text (other thresholds than names)
	 */
	int similarityLevel(int idA, int idB, char[] a, char[] b, boolean text) {
		long[] keys = this.memoKeys;
		byte[] memo = this.memoLevels;
		if (keys == null || memo == null) {
			return computeSimilarityLevel(a, b, text);
		}
		long key = ((long) Math.min(idA, idB) << 32) | Math.max(idA, idB) | (text ? Long.MIN_VALUE : 0);
		int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - MEMO_BITS)) & MEMO_MASK;
		if (keys[slot] == key) {
			return memo[slot];
		}
		int level = computeSimilarityLevel(a, b, text);
		keys[slot] = key;
		memo[slot] = (byte) level;
		return level;
	}

}
