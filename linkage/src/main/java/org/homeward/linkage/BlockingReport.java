package org.homeward.linkage;

/**
 * How well blocking keeps known true pairs.
 *
 * @param truePairs known true pairs whose records were both present
 * @param keptPairs those of them that blocking makes candidate pairs
 * @param candidatePairBound the number of pairs inside open blocks (pairs met in several
 * blocks counted more than once)
 * @param blocksOverCap blocks above the size cap (windowed; their pairs are not counted
 * as kept)
 */
public record BlockingReport(int truePairs, int keptPairs, long candidatePairBound, long blocksOverCap) {

	/**
	 * The share of true pairs kept.
	 * @return pair completeness in [0, 1]; 1 when there are no true pairs
	 */
	public double pairCompleteness() {
		return (this.truePairs == 0) ? 1.0 : (double) this.keptPairs / this.truePairs;
	}

}
