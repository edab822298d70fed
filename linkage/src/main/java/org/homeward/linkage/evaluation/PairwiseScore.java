package org.homeward.linkage.evaluation;

/**
 * Pairwise quality of a clustering: a pair of records is a true positive when both the
 * truth and the clustering put the two records together.
 *
 * @param records the number of records evaluated
 * @param truePositivePairs pairs together in both
 * @param falsePositivePairs pairs together in the clustering only
 * @param falseNegativePairs pairs together in the truth only
 */
public record PairwiseScore(long records, long truePositivePairs, long falsePositivePairs, long falseNegativePairs) {

	/**
	 * Validates the counts.
	 * @throws IllegalArgumentException if a count is negative
	 */
	public PairwiseScore {
		if (records < 0 || truePositivePairs < 0 || falsePositivePairs < 0 || falseNegativePairs < 0) {
			throw new IllegalArgumentException("counts cannot be negative");
		}
	}

	/**
	 * Returns the number of pairs the clustering puts together.
	 * @return true plus false positives
	 */
	public long predictedPairs() {
		return this.truePositivePairs + this.falsePositivePairs;
	}

	/**
	 * Returns the number of pairs the truth puts together.
	 * @return true positives plus false negatives
	 */
	public long truePairs() {
		return this.truePositivePairs + this.falseNegativePairs;
	}

	/**
	 * Returns the share of predicted pairs that are true; 1 when nothing was predicted
	 * (no false claim).
	 * @return precision in [0, 1]
	 */
	public double precision() {
		return (predictedPairs() == 0) ? 1.0 : (double) this.truePositivePairs / predictedPairs();
	}

	/**
	 * Returns the share of true pairs that were predicted; 1 when the truth has no pair.
	 * @return recall in [0, 1]
	 */
	public double recall() {
		return (truePairs() == 0) ? 1.0 : (double) this.truePositivePairs / truePairs();
	}

	/**
	 * Returns the harmonic mean of precision and recall; 0 when both are 0.
	 * @return F1 in [0, 1]
	 */
	public double f1() {
		double p = precision();
		double r = recall();
		return (p + r == 0) ? 0.0 : 2 * p * r / (p + r);
	}

}
