package org.homeward.linkage;

/**
 * Counts and timings of one linkage run.
 *
 * @param records records linked
 * @param candidatePairs distinct candidate pairs scored
 * @param blocksOverCap blocks above the size cap, windowed instead of paired exhaustively
 * @param keptPairs pairs at or above the review threshold
 * @param cannotLinks vetoed pairs kept as cannot-link constraints
 * @param refusedMerges merges refused by cannot-link constraints or because they would
 * join conflicting records
 * @param clusters clusters formed (singletons included)
 * @param prepareMillis time spent preparing records
 * @param trainMillis time spent estimating the model
 * @param scoreMillis time spent blocking and scoring
 * @param totalMillis wall time of the run
 */
public record LinkageStats(int records, long candidatePairs, long blocksOverCap, long keptPairs, long cannotLinks,
		int refusedMerges, int clusters, long prepareMillis, long trainMillis, long scoreMillis, long totalMillis) {

	/**
	 * Candidate pairs scored per second of scoring time (all threads together).
	 * @return pairs per second
	 */
	public double pairsPerSecond() {
		return this.candidatePairs / Math.max(1e-3, this.scoreMillis / 1000.0);
	}

}
