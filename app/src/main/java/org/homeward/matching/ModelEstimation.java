package org.homeward.matching;

import java.util.Arrays;
import java.util.List;

import org.homeward.linkage.ComparisonLevel;
import org.homeward.linkage.FellegiSunterModel;
import org.homeward.linkage.FieldKind;
import org.homeward.linkage.FieldProfile;

/**
 * Re-estimates the matching model from reviewers' decisions: per field level, m from the
 * pairs confirmed as the same child and u from the pairs confirmed as different children,
 * each smoothed towards the model in use; then the match threshold from the reviewed
 * pairs' weights under the new model.
 * <p>
 * Smoothing: the model in use counts as {@value #M_PRIOR} pseudo-pairs for m and
 * {@value #U_PRIOR} for u, spread over the levels in its own proportions, so a handful of
 * decisions moves a weight by a fraction of a bit, not to an absurd value. u gets the
 * heavier prior because the model's u comes from random pairs (nearly all non-matches),
 * while reviewed "different" pairs are the hard cases that blocking and scoring brought
 * together, not a sample of non-matches. Missing levels keep m = u = 1 (weight 0).
 * <p>
 * Threshold: among the reviewed pairs' total weights under the new model, the lowest
 * weight at which the pairs at or above it are still at least {@value #MIN_PRECISION}
 * precise (best recall at that precision), as a probability clamped to [0.001, 0.9999]
 * (probabilities use the model's prior share of matches among random pairs, so reviewed
 * pairs, which are far from random, can sit well below 0.5 and still be matches). The
 * review threshold is the weight above which 98 % of the confirmed same pairs lie, no
 * higher than the match threshold. With fewer than {@value #MIN_PAIRS} decisions of each
 * kind the thresholds stay as they are.
 */
final class ModelEstimation {

	static final int M_PRIOR = 50;

	static final int U_PRIOR = 1000;

	static final double MIN_PRECISION = 0.98;

	static final int MIN_PAIRS = 5;

	private ModelEstimation() {
	}

	/**
	 * One reviewed pair.
	 *
	 * @param levels each field's comparison level, in profile order
	 * @param vetoed whether the given names vetoed the pair
	 * @param same whether the reviewer said "same child"
	 */
	record ReviewedPair(List<ComparisonLevel> levels, boolean vetoed, boolean same) {

		ReviewedPair {
			levels = List.copyOf(levels);
		}

	}

	/**
	 * A model with its thresholds.
	 *
	 * @param model the m and u parameters
	 * @param matchProbability link at or above this probability
	 * @param reviewProbability review at or above this one
	 */
	record Thresholded(FellegiSunterModel model, double matchProbability, double reviewProbability) {

		double matchWeight() {
			return this.model.weightFor(this.matchProbability);
		}

		double weightOf(ReviewedPair pair) {
			if (pair.vetoed()) {
				return Double.NEGATIVE_INFINITY;
			}
			double total = 0;
			for (int f = 0; f < pair.levels().size(); f++) {
				total += this.model.weight(f, pair.levels().get(f));
			}
			return total;
		}

	}

	/**
	 * Precision, recall and F1 on reviewed pairs, a pair counting as linked when it
	 * reaches the match threshold.
	 *
	 * @param truePositives same pairs linked
	 * @param falsePositives different pairs linked
	 * @param falseNegatives same pairs not linked
	 * @param trueNegatives different pairs not linked
	 */
	record Evaluation(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

		double precision() {
			int linked = this.truePositives + this.falsePositives;
			return (linked == 0) ? 1 : (double) this.truePositives / linked;
		}

		double recall() {
			int same = this.truePositives + this.falseNegatives;
			return (same == 0) ? 1 : (double) this.truePositives / same;
		}

		double f1() {
			double p = precision();
			double r = recall();
			return (p + r == 0) ? 0 : 2 * p * r / (p + r);
		}

	}

	static Evaluation evaluate(Thresholded model, List<ReviewedPair> pairs) {
		double threshold = model.matchWeight();
		int tp = 0;
		int fp = 0;
		int fn = 0;
		int tn = 0;
		for (ReviewedPair pair : pairs) {
			boolean linked = model.weightOf(pair) >= threshold;
			tp += (pair.same() && linked) ? 1 : 0;
			fp += (!pair.same() && linked) ? 1 : 0;
			fn += (pair.same() && !linked) ? 1 : 0;
			tn += (!pair.same() && !linked) ? 1 : 0;
		}
		return new Evaluation(tp, fp, fn, tn);
	}

	/**
	 * The proposed model.
	 * @param current the model and thresholds in use
	 * @param pairs the reviewed pairs ("not sure" left out)
	 * @return the proposal
	 */
	static Thresholded estimate(Thresholded current, List<ReviewedPair> pairs) {
		FellegiSunterModel model = parameters(current.model(), pairs);
		Thresholded same = new Thresholded(model, current.matchProbability(), current.reviewProbability());
		long samePairs = pairs.stream().filter(ReviewedPair::same).count();
		if (samePairs < MIN_PAIRS || pairs.size() - samePairs < MIN_PAIRS) {
			return same;
		}
		double[] weights = pairs.stream().mapToDouble(same::weightOf).filter(Double::isFinite).distinct().toArray();
		Arrays.sort(weights);
		double match = Double.NaN;
		for (int i = weights.length - 1; i >= 0; i--) {
			if (precisionAt(same, pairs, weights[i]) >= MIN_PRECISION) {
				match = weights[i];
			}
		}
		if (Double.isNaN(match)) {
			return same;
		}
		// a hair below the pair's weight, so that rounding in weightFor keeps the pair
		// linked
		double matchProbability = clamp(model.probability(match - 1e-6), 0.001, 0.9999);
		double[] sameWeights = pairs.stream().filter(ReviewedPair::same).mapToDouble(same::weightOf).sorted().toArray();
		double review = sameWeights[(int) Math.floor(0.02 * sameWeights.length)];
		double reviewProbability = Double.isFinite(review)
				? clamp(model.probability(review - 1e-6), 0.0001, matchProbability) : current.reviewProbability();
		return new Thresholded(model, matchProbability, Math.min(reviewProbability, matchProbability));
	}

	private static double precisionAt(Thresholded model, List<ReviewedPair> pairs, double threshold) {
		int linked = 0;
		int right = 0;
		for (ReviewedPair pair : pairs) {
			if (model.weightOf(pair) >= threshold) {
				linked++;
				right += pair.same() ? 1 : 0;
			}
		}
		return (double) right / linked;
	}

	static FellegiSunterModel parameters(FellegiSunterModel current, List<ReviewedPair> pairs) {
		FieldProfile profile = current.profile();
		int fields = profile.fields().size();
		double[][] m = new double[fields][ComparisonLevel.values().length];
		double[][] u = new double[fields][ComparisonLevel.values().length];
		for (int f = 0; f < fields; f++) {
			FieldKind kind = profile.fields().get(f).kind();
			List<ComparisonLevel> levels = FellegiSunterModel.levelsOf(kind);
			m[f] = smoothed(current, f, levels, pairs, true, M_PRIOR);
			u[f] = smoothed(current, f, levels, pairs, false, U_PRIOR);
		}
		return new FellegiSunterModel(profile, m, u, current.lambda());
	}

	private static double[] smoothed(FellegiSunterModel current, int f, List<ComparisonLevel> levels,
			List<ReviewedPair> pairs, boolean same, int prior) {
		double[] counts = new double[ComparisonLevel.values().length];
		double total = 0;
		for (ReviewedPair pair : pairs) {
			ComparisonLevel level = pair.levels().get(f);
			if (pair.same() == same && level != ComparisonLevel.MISSING) {
				counts[level.ordinal()]++;
				total++;
			}
		}
		double priorTotal = 0;
		for (ComparisonLevel level : levels) {
			priorTotal += (level != ComparisonLevel.MISSING) ? share(current, f, level, same) : 0;
		}
		double[] estimate = new double[counts.length];
		for (ComparisonLevel level : levels) {
			int l = level.ordinal();
			estimate[l] = (level == ComparisonLevel.MISSING) ? 1
					: (counts[l] + prior * share(current, f, level, same) / priorTotal) / (total + prior);
		}
		return estimate;
	}

	private static double share(FellegiSunterModel model, int f, ComparisonLevel level, boolean m) {
		return m ? model.m(f, level) : model.u(f, level);
	}

	private static double clamp(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}

}
