package org.homeward.linkage;

import java.util.Map;

/**
 * Distinct comparison patterns with their counts, unpacked into flat arrays, for
 * {@link ModelTrainer}. A pattern packs each field's {@link ComparisonLevel} into four
 * bits of a long ({@link #encode}).
 */
final class ComparisonPatterns {

	final byte[] levels;

	final int[] counts;

	private final int fields;

	/**
	 * Unpacks the patterns in the map's iteration order.
	 * @param patterns counts by encoded pattern
	 * @param fields the number of fields in a pattern
	 */
	ComparisonPatterns(Map<Long, Integer> patterns, int fields) {
		this.fields = fields;
		this.levels = new byte[patterns.size() * fields];
		this.counts = new int[patterns.size()];
		int p = 0;
		for (Map.Entry<Long, Integer> entry : patterns.entrySet()) {
			for (int f = 0; f < fields; f++) {
				this.levels[p * fields + f] = (byte) level(entry.getKey(), f);
			}
			this.counts[p++] = entry.getValue();
		}
	}

	/**
	 * The posterior probability that pattern p is a match, from m and u {@link #floored}.
	 */
	double matchShare(int p, double[] mFloored, double[] uFloored, double lambda) {
		int missing = ComparisonLevel.MISSING.ordinal();
		double pm = lambda;
		double pu = 1 - lambda;
		int at = p * this.fields;
		for (int f = 0; f < this.fields; f++) {
			int level = this.levels[at + f];
			if (level != missing) {
				pm *= mFloored[f * ComparisonLevel.COUNT + level];
				pu *= uFloored[f * ComparisonLevel.COUNT + level];
			}
		}
		return pm / (pm + pu);
	}

	/**
	 * Probabilities by field and level, flat ({@code f * ComparisonLevel.COUNT + level}),
	 * each at least 1e-9.
	 */
	static double[] floored(double[][] probabilities) {
		double[] flat = new double[probabilities.length * ComparisonLevel.COUNT];
		for (int f = 0; f < probabilities.length; f++) {
			for (int l = 0; l < ComparisonLevel.COUNT; l++) {
				flat[f * ComparisonLevel.COUNT + l] = Math.max(1e-9, probabilities[f][l]);
			}
		}
		return flat;
	}

	static long encode(int[] levels, int fields) {
		long pattern = 0;
		for (int f = 0; f < fields; f++) {
			pattern |= ((long) levels[f]) << (4 * f);
		}
		return pattern;
	}

	private static int level(long pattern, int f) {
		return (int) ((pattern >>> (4 * f)) & 0xF);
	}

}
