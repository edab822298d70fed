package org.homeward.linkage;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Estimates the u-probabilities of a {@link FellegiSunterModel} for {@link ModelTrainer}:
 * how often each field reaches each comparison level among random record pairs, which are
 * almost all non-matches.
 */
final class UProbabilityEstimator {

	private static final int U_CHUNK = 25_000;

	private static final long MIN_RANDOM_PAIRS = 20_000;

	private static final long RANDOM_PAIRS_PER_RECORD = 5;

	private final Scorer scorer;

	private final List<PreparedRecord> records;

	private final boolean crossSourceOnly;

	private final Random random;

	private final int threads;

	/**
	 * An estimator that draws its pairs from the training run's generator.
	 * @param scorer compares the pairs
	 * @param records the records to pair
	 * @param crossSourceOnly whether a pair's records must come from different sources
	 * @param random the training run's generator, shared with the rest of training
	 * @param threads how many threads compare pairs
	 */
	UProbabilityEstimator(Scorer scorer, List<PreparedRecord> records, boolean crossSourceOnly, Random random,
			int threads) {
		this.scorer = scorer;
		this.records = records;
		this.crossSourceOnly = crossSourceOnly;
		this.random = random;
		this.threads = threads;
	}

	/**
	 * The u-probabilities by field and level.
	 * @param samplePairs the training's sample size, which caps the random pairs drawn
	 * @param fallback the u-probabilities to keep when too few pairs can be drawn; its
	 * levels of zero probability stay zero
	 * @return the estimate, or {@code fallback}
	 */
	double[][] estimate(int samplePairs, double[][] fallback) {
		return estimateU(randomPairs(samplePairs), fallback);
	}

	/*
	 * Five random pairs per record, at least 20,000, are enough for u: on FEBRL 4 (10,000
	 * records) 10,000, 20,000, 50,000 and 200,000 pairs all gave F1 0.9991, while drawing
	 * 200,000 took most of the training time. On the synthetic set of 5,000 children
	 * (seed 7, 18,447 records, so 92,235 pairs) F1 stayed within its run-to-run spread of
	 * 0.838-0.841 over four runs each; 20,000 children and more keep the full 200,000.
	 */
	private int randomPairs(int samplePairs) {
		return (int) Math.min(samplePairs, Math.max(MIN_RANDOM_PAIRS, RANDOM_PAIRS_PER_RECORD * this.records.size()));
	}

	/*
	 * The random pairs are drawn on one thread from the run's generator, as before, and
	 * compared in chunks on all threads: comparing 200,000 pairs on one thread took about
	 * a third of training on FEBRL 4 (see BENCHMARKS.md). Counts are whole numbers, so
	 * the sum does not depend on the order of the chunks.
	 */
	private double[][] estimateU(int samplePairs, double[][] fallback) {
		int[] pairs = drawRandomPairs(samplePairs);
		int sampled = pairs.length / 2;
		int fields = this.scorer.fieldCount();
		int chunks = (sampled + U_CHUNK - 1) / U_CHUNK;
		double[][][] counts = new double[chunks][fields][ComparisonLevel.COUNT];
		Parallel.forEach(chunks, this.threads, 2,
				(c) -> countLevels(pairs, c * U_CHUNK, Math.min(sampled, (c + 1) * U_CHUNK), counts[c]));
		double[][] total = new double[fields][ComparisonLevel.COUNT];
		for (double[][] chunk : counts) {
			for (int f = 0; f < fields; f++) {
				for (int l = 0; l < ComparisonLevel.COUNT; l++) {
					total[f][l] += chunk[f][l];
				}
			}
		}
		return (sampled < 100) ? fallback : ModelTrainer.normalise(total, 0.5, fallback);
	}

	/* Record indexes, two per pair. */
	private int[] drawRandomPairs(int samplePairs) {
		int n = this.records.size();
		int[] sources = new int[this.crossSourceOnly ? n : 0];
		for (int r = 0; r < sources.length; r++) {
			sources[r] = this.records.get(r).sourceId;
		}
		int[] pairs = new int[2 * samplePairs];
		int sampled = 0;
		for (int k = 0; k < samplePairs * 3 && sampled < samplePairs && n > 1; k++) {
			int i = this.random.nextInt(n);
			int j = this.random.nextInt(n);
			if (i == j || (this.crossSourceOnly && sources[i] == sources[j])) {
				continue;
			}
			pairs[2 * sampled] = i;
			pairs[2 * sampled + 1] = j;
			sampled++;
		}
		return Arrays.copyOf(pairs, 2 * sampled);
	}

	private void countLevels(int[] pairs, int from, int to, double[][] counts) {
		int fields = this.scorer.fieldCount();
		ScoringContext context = ScoringContext.forRandomPairs(fields);
		int[] levels = context.levels;
		for (int p = from; p < to; p++) {
			this.scorer.comparer.compare(this.records.get(pairs[2 * p]), this.records.get(pairs[2 * p + 1]), context);
			for (int f = 0; f < fields; f++) {
				counts[f][levels[f]]++;
			}
		}
	}

}
