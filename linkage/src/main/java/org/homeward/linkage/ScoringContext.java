package org.homeward.linkage;

import org.jspecify.annotations.Nullable;

/**
 * Per-thread scratch of the scoring loop: the comparison levels of the current pair and a
 * direct-mapped memo of Jaro–Winkler levels by pair of interned values. Distinct name
 * pairs repeat heavily (Коваленко against Бондаренко thousands of times in a million
 * records), so most similarity checks become one array read. Not thread-safe: one context
 * per thread.
 */
final class ScoringContext {

	private static final int MEMO_BITS = 16;

	private static final int MEMO_MASK = (1 << MEMO_BITS) - 1;

	/** Levels of the last pair, by field; the last slot holds the flags. */
	final int[] levels;

	private final long @Nullable [] memoKeys;

	private final byte @Nullable [] memoLevels;

	ScoringContext(int fields, boolean memo) {
		this.levels = new int[fields + 1];
		this.memoKeys = memo ? new long[1 << MEMO_BITS] : null;
		this.memoLevels = memo ? new byte[1 << MEMO_BITS] : null;
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
			return PairComparer.similarityLevel(JaroWinkler.similarity(a, b), text ? 0.85 : 0.88);
		}
		long key = ((long) Math.min(idA, idB) << 32) | Math.max(idA, idB) | (text ? Long.MIN_VALUE : 0);
		int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - MEMO_BITS)) & MEMO_MASK;
		if (keys[slot] == key) {
			return memo[slot];
		}
		int level = PairComparer.similarityLevel(JaroWinkler.similarity(a, b), text ? 0.85 : 0.88);
		keys[slot] = key;
		memo[slot] = (byte) level;
		return level;
	}

}
