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

	/* The posterior probability that pattern p is a match. */
	double matchShare(int p, double[][] m, double[][] u, double lambda) {
		int missing = ComparisonLevel.MISSING.ordinal();
		double pm = lambda;
		double pu = 1 - lambda;
		for (int f = 0; f < this.fields; f++) {
			int level = this.levels[p * this.fields + f];
			if (level != missing) {
				pm *= Math.max(1e-9, m[f][level]);
				pu *= Math.max(1e-9, u[f][level]);
			}
		}
		return pm / (pm + pu);
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
