package org.homeward.linkage;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A batch's scored pairs, each once, strongest first: the order the match pass unites
 * clusters in.
 */
final class ScoredPairs {

	final long[] pairs;

	final float[] weights;

	final int count;

	private ScoredPairs(long[] pairs, float[] weights, int count) {
		this.pairs = pairs;
		this.weights = weights;
		this.count = count;
	}

	/*
	 * Pairs are sorted by weight through one long per pair: sortable weight bits, then
	 * index.
	 */
	static ScoredPairs strongestFirst(List<BatchScorer.Kept> kept) {
		int total = kept.stream().mapToInt((k) -> k.size).sum();
		long[] pairs = new long[total];
		float[] weights = new float[total];
		int n = 0;
		for (BatchScorer.Kept part : kept) {
			System.arraycopy(part.pairs, 0, pairs, n, part.size);
			System.arraycopy(part.weights, 0, weights, n, part.size);
			n += part.size;
		}
		return strongestFirst(pairs, weights);
	}

	/**
	 * Pairs sorted strongest first, each once (the first, strongest, copy of a pair is
	 * kept).
	 * @param pairs record indexes packed as {@code i << 32 | j}
	 * @param weights their weights
	 * @return the sorted pairs
	 */
	static ScoredPairs strongestFirst(long[] pairs, float[] weights) {
		int total = pairs.length;
		long[] order = new long[total];
		for (int k = 0; k < total; k++) {
			order[k] = ((long) sortable(weights[k]) << 32) | k;
		}
		Arrays.parallelSort(order);
		Set<Long> seen = new HashSet<>();
		long[] sortedPairs = new long[total];
		float[] sortedWeights = new float[total];
		int distinct = 0;
		for (int o = total - 1; o >= 0; o--) {
			int k = (int) order[o];
			if (seen.add(pairs[k])) {
				sortedPairs[distinct] = pairs[k];
				sortedWeights[distinct++] = weights[k];
			}
		}
		return new ScoredPairs(sortedPairs, sortedWeights, distinct);
	}

	private static int sortable(float weight) {
		int bits = Float.floatToIntBits(weight);
		return (bits >= 0) ? bits : bits ^ 0x7FFFFFFF;
	}

}
