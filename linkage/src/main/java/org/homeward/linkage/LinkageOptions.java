package org.homeward.linkage;

import java.util.Objects;

/**
 * How a linkage run behaves.
 *
 * @param profile the fields and blocking rules
 * @param matchProbability pairs at or above this posterior probability are linked
 * @param reviewProbability pairs at or above this one (and below the match threshold) go
 * to review; must not exceed {@code matchProbability}
 * @param maxBlockSize blocks larger than this are windowed (each record meets its 8
 * nearest neighbours by birth date and family name) instead of paired exhaustively
 * @param threads threads for preparing and scoring, at least 1
 * @param trainingPairs candidate pairs sampled for EM and random pairs sampled for u; 0
 * to skip training and link with the engine's model
 * @param seed seed of the samplers, for repeatable runs
 */
public record LinkageOptions(FieldProfile profile, double matchProbability, double reviewProbability, int maxBlockSize,
		int threads, int trainingPairs, long seed) {

	public LinkageOptions {
		Objects.requireNonNull(profile, "profile");
		if (!(reviewProbability > 0 && reviewProbability <= matchProbability && matchProbability < 1)) {
			throw new IllegalArgumentException("need 0 < review <= match < 1");
		}
		if (maxBlockSize < 2 || threads < 1 || (trainingPairs != 0 && trainingPairs < 100)) {
			throw new IllegalArgumentException("need maxBlockSize >= 2, threads >= 1, trainingPairs 0 or >= 100");
		}
	}

	/*
	 * Blocks up to 300 records are paired exhaustively. A windowed block sorts its
	 * records by birth date and family name, so a sparse mention ("Yaroslav, 2018,
	 * Kupyansk") met only other sparse mentions, never the registry record of its child:
	 * at 20,000 children (seeds 1 and 2) a cap of 100 windowed 170-181 blocks, 300 only
	 * one, for 40 % more candidate pairs and +0.006 F1 (with AmbiguousRecords and the
	 * year conflict of RecordConflicts; see BENCHMARKS.md).
	 */
	static final int MAX_BLOCK_SIZE = 300;

	/**
	 * Defaults: match at 0.9, review from 0.05, blocks up to 300 records, all cores,
	 * 200,000 training pairs.
	 * @param profile the profile
	 * @return the options
	 */
	public static LinkageOptions defaults(FieldProfile profile) {
		return new LinkageOptions(profile, 0.9, 0.05, MAX_BLOCK_SIZE, Runtime.getRuntime().availableProcessors(),
				200_000, 42);
	}

	/**
	 * The same options with another training sample size.
	 * @param pairs 0 (no training) or at least 100
	 * @return the options
	 */
	public LinkageOptions withTrainingPairs(int pairs) {
		return new LinkageOptions(this.profile, this.matchProbability, this.reviewProbability, this.maxBlockSize,
				this.threads, pairs, this.seed);
	}

	/**
	 * The same options with another thread count.
	 * @param count at least 1
	 * @return the options
	 */
	public LinkageOptions withThreads(int count) {
		return new LinkageOptions(this.profile, this.matchProbability, this.reviewProbability, this.maxBlockSize, count,
				this.trainingPairs, this.seed);
	}

}
