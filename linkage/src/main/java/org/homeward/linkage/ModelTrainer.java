package org.homeward.linkage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Estimates a {@link FellegiSunterModel} without labels: u-probabilities from random
 * record pairs (almost all non-matches; {@link UProbabilityEstimator}), then
 * m-probabilities and λ by expectation–maximisation over the comparison patterns of
 * sampled candidate pairs with u held fixed (the approach of Splink; Winkler 1988 for EM
 * in record linkage).
 */
final class ModelTrainer {

	private static final int ITERATIONS = 60;

	/* Below these sizes the samples say less than the default model does. */
	private static final int MIN_RECORDS = 1000;

	private static final long MIN_CANDIDATE_PAIRS = 500;

	/*
	 * Pseudo-counts pulling m towards its prior, as a share of each rule's sample. Plain
	 * EM (share 0) on the synthetic cross-script benchmark learns "same settlement"
	 * instead of "same child" (m of a disagreeing birth date 0.6) and scores pairwise F1
	 * 0.67 there; a share of 0.7 scores 0.74, with FEBRL 4 unchanged at 0.999.
	 */
	private static final double PRIOR_SHARE = 0.7;

	private final Scorer scorer;

	private final List<PreparedRecord> records;

	private final boolean crossSourceOnly;

	private final Random random;

	private final int threads;

	ModelTrainer(Scorer scorer, List<PreparedRecord> records, boolean crossSourceOnly, long seed, int threads) {
		this.scorer = scorer;
		this.records = records;
		this.crossSourceOnly = crossSourceOnly;
		this.random = new SingleThreadRandom(seed);
		this.threads = threads;
	}

	FellegiSunterModel train(Blocker blocker, int samplePairs) {
		FellegiSunterModel start = this.scorer.model;
		if (samplePairs == 0 || this.records.size() < MIN_RECORDS
				|| blocker.candidatePairUpperBound() < MIN_CANDIDATE_PAIRS) {
			return start;
		}
		double[][] u = new UProbabilityEstimator(this.scorer, this.records, this.crossSourceOnly, this.random,
				this.threads)
			.estimate(samplePairs, start.uArray());
		List<BlockingRule> rules = start.profile().blocking();
		int perRule = Math.max(1000, samplePairs / rules.size());
		int fields = this.scorer.fieldCount();
		double[][] mSum = new double[fields][ComparisonLevel.COUNT];
		double[] weightSum = new double[fields];
		Map<Long, Integer> all = new HashMap<>();
		Map<Long, Long> compared = new HashMap<>();
		boolean[][] masked = new boolean[rules.size()][];
		List<Map<Long, Integer>> patterns = new ArrayList<>();
		for (int r = 0; r < rules.size(); r++) {
			masked[r] = maskedFields(start.profile(), rules.get(r));
			patterns.add(candidatePatterns(blocker, r, perRule, masked[r], all, compared));
		}
		/*
		 * Each rule's EM depends on its own patterns alone: the rules run on all threads
		 * and are summed in rule order, as before.
		 */
		Estimate[] estimates = new Estimate[rules.size()];
		Parallel.forEach(rules.size(), this.threads, 2, (r) -> {
			if (!patterns.get(r).isEmpty()) {
				estimates[r] = expectationMaximisation(start.mArray(), u, patterns.get(r), PRIOR_SHARE * perRule);
			}
		});
		for (int r = 0; r < rules.size(); r++) {
			if (estimates[r] != null) {
				accumulate(estimates[r], masked[r], mSum, weightSum);
			}
		}
		double[][] m = capDisagreement(start, combine(start.mArray(), mSum, weightSum));
		double lambda = all.isEmpty() ? start.lambda() : priorOverAllPairs(m, u, all, blocker);
		return new FellegiSunterModel(start.profile(), m, u, lambda);
	}

	/*
	 * u comes from random pairs, so the weights compare a match with a random pair and
	 * the prior must be the share of matches among all pairs, not among candidate pairs.
	 * EM over all pairs, taking pairs outside the blocks as non-matches: the expected
	 * matches among the sampled candidates, scaled to all candidates, over the number of
	 * all pairs.
	 */
	private double priorOverAllPairs(double[][] m, double[][] u, Map<Long, Integer> sample, Blocker blocker) {
		double sampled = sample.values().stream().mapToInt(Integer::intValue).sum();
		double scale = Math.max(1, blocker.candidatePairUpperBound() / sampled);
		double allPairs = allPairs();
		double lambda = 1e-4;
		ComparisonPatterns patterns = new ComparisonPatterns(sample, this.scorer.fieldCount());
		double[] mFloored = ComparisonPatterns.floored(m);
		double[] uFloored = ComparisonPatterns.floored(u);
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			double expected = expectedMatches(mFloored, uFloored, patterns, lambda) * scale;
			lambda = Math.min(0.5, Math.max(1e-9, expected / allPairs));
		}
		return lambda;
	}

	private double allPairs() {
		double n = this.records.size();
		if (!this.crossSourceOnly) {
			return n * (n - 1) / 2;
		}
		Map<Integer, Integer> perSource = new HashMap<>();
		this.records.forEach((r) -> perSource.merge(r.sourceId, 1, Integer::sum));
		double sameSource = perSource.values().stream().mapToDouble((c) -> (double) c * (c - 1) / 2).sum();
		return n * (n - 1) / 2 - sameSource;
	}

	private static double expectedMatches(double[] mFloored, double[] uFloored, ComparisonPatterns patterns,
			double lambda) {
		double expected = 0;
		for (int p = 0; p < patterns.counts.length; p++) {
			expected += patterns.matchShare(p, mFloored, uFloored, lambda) * patterns.counts[p];
		}
		return expected;
	}

	/** EM output: m-probabilities, λ and the expected number of matches. */
	private record Estimate(double[][] m, double lambda, double expectedMatches) {
	}

	/*
	 * A rule's own fields agree by construction in its blocks: EM learns nothing about
	 * them there.
	 */
	private static boolean[] maskedFields(FieldProfile profile, BlockingRule rule) {
		boolean[] masked = new boolean[profile.fields().size()];
		for (BlockingRule.Part part : rule.parts()) {
			masked[profile.indexOf(part.field())] = true;
		}
		return masked;
	}

	private static void accumulate(Estimate estimate, boolean[] masked, double[][] mSum, double[] weightSum) {
		for (int f = 0; f < masked.length; f++) {
			if (!masked[f]) {
				for (int l = 0; l < ComparisonLevel.COUNT; l++) {
					mSum[f][l] += estimate.expectedMatches() * estimate.m()[f][l];
				}
				weightSum[f] += estimate.expectedMatches();
			}
		}
	}

	/*
	 * Unlabelled EM confounds siblings with matches: brothers and sisters share family
	 * name, patronymic and settlement, so the "match" class absorbs them and learns that
	 * a disagreeing given name or birth date is common among matches (m 0.06 and 0.04 on
	 * the synthetic benchmark, where true pairs disagree on a birth date in 10 of 21,000
	 * cases). The disagreement of the two fields that tell siblings apart keeps at most
	 * its prior m, and the other levels are rescaled to sum to one.
	 */
	static double[][] capDisagreement(FellegiSunterModel prior, double[][] m) {
		int disagree = ComparisonLevel.DISAGREE.ordinal();
		int missing = ComparisonLevel.MISSING.ordinal();
		List<FieldSpec> fields = prior.profile().fields();
		for (int f = 0; f < m.length; f++) {
			FieldKind kind = fields.get(f).kind();
			double cap = prior.m(f, ComparisonLevel.DISAGREE);
			if ((kind != FieldKind.DATE && kind != FieldKind.GIVEN_NAME) || m[f][disagree] <= cap) {
				continue;
			}
			double scale = (1 - cap) / (1 - m[f][disagree]);
			for (int l = 0; l < m[f].length; l++) {
				m[f][l] = (l == disagree) ? cap : ((l == missing) ? m[f][l] : m[f][l] * scale);
			}
		}
		return m;
	}

	private static double[][] combine(double[][] prior, double[][] mSum, double[] weightSum) {
		double[][] m = new double[prior.length][];
		for (int f = 0; f < prior.length; f++) {
			m[f] = prior[f].clone();
			if (weightSum[f] > 0) {
				for (int l = 0; l < ComparisonLevel.COUNT; l++) {
					m[f][l] = mSum[f][l] / weightSum[f];
				}
			}
		}
		return m;
	}

	/*
	 * A pair that shares blocks under several rules is sampled under each; its levels do
	 * not depend on the rule (masking comes after), so they are compared once per
	 * training run and kept by pair (record indexes in the order compared). On FEBRL 4
	 * true pairs share up to six rules.
	 */
	private Map<Long, Integer> candidatePatterns(Blocker blocker, int rule, int samplePairs, boolean[] masked,
			Map<Long, Integer> all, Map<Long, Long> compared) {
		List<Blocker.Block> blocks = new ArrayList<>(
				blocker.blocks().stream().filter((b) -> b.rule() == rule).toList());
		Collections.shuffle(blocks, this.random);
		Map<Long, Integer> patterns = new HashMap<>();
		ScoringContext context = this.scorer.newContext();
		int fields = this.scorer.fieldCount();
		long maskBits = 0;
		long missingBits = 0;
		for (int f = 0; f < fields; f++) {
			if (masked[f]) {
				maskBits |= 0xFL << (4 * f);
				missingBits |= ((long) ComparisonLevel.MISSING.ordinal()) << (4 * f);
			}
		}
		int sampled = 0;
		for (Blocker.Block block : blocks) {
			int[] members = block.members();
			for (int x = 0; x < members.length && sampled < samplePairs; x++) {
				for (int y = x + 1; y < block.partnersEnd(x); y++) {
					PreparedRecord a = this.records.get(members[x]);
					PreparedRecord b = this.records.get(members[y]);
					if (this.crossSourceOnly && a.sourceId == b.sourceId) {
						continue;
					}
					long pair = ((long) members[x] << 32) | members[y];
					Long known = compared.get(pair);
					long pattern;
					if (known != null) {
						pattern = known;
					}
					else {
						this.scorer.comparer.compare(a, b, context);
						pattern = ComparisonPatterns.encode(context.levels, fields);
						compared.put(pair, pattern);
					}
					if (blocker.firstMetIn(rule, members[x], members[y])) {
						all.merge(pattern, 1, Integer::sum);
					}
					patterns.merge((pattern & ~maskBits) | missingBits, 1, Integer::sum);
					sampled++;
				}
			}
			if (sampled >= samplePairs) {
				break;
			}
		}
		return patterns;
	}

	/*
	 * The patterns are unpacked once into flat arrays, in the map's iteration order, so
	 * the sums run in the same order as over the map; 60 iterations over boxed map
	 * entries were a third of training on a cold FEBRL 4 run (see BENCHMARKS.md).
	 */
	private Estimate expectationMaximisation(double[][] start, double[][] u, Map<Long, Integer> patterns,
			double priorWeight) {
		int fields = this.scorer.fieldCount();
		ComparisonPatterns flat = new ComparisonPatterns(patterns, fields);
		double[][] m = start;
		double[] uFloored = ComparisonPatterns.floored(u);
		double lambda = 0.1;
		double expectedMatches = 0;
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			double[][] matchCounts = new double[fields][ComparisonLevel.COUNT];
			expectedMatches = 0;
			double total = 0;
			double[] mFloored = ComparisonPatterns.floored(m);
			for (int p = 0; p < flat.counts.length; p++) {
				int count = flat.counts[p];
				double g = flat.matchShare(p, mFloored, uFloored, lambda) * count;
				expectedMatches += g;
				total += count;
				for (int f = 0; f < fields; f++) {
					matchCounts[f][flat.levels[p * fields + f]] += g;
				}
			}
			lambda = Math.min(0.99, Math.max(1e-6, expectedMatches / total));
			for (int f = 0; f < fields; f++) {
				for (int l = 0; l < ComparisonLevel.COUNT; l++) {
					matchCounts[f][l] += priorWeight * start[f][l];
				}
			}
			m = normalise(matchCounts, 1e-3, start);
		}
		return new Estimate(m, lambda, expectedMatches);
	}

	/**
	 * Turns counts by field and level into probabilities, smoothed by adding
	 * {@code smoothing} to each count; a level that {@code shape} gives no probability
	 * stays at zero, and a missing value at one.
	 */
	static double[][] normalise(double[][] counts, double smoothing, double[][] shape) {
		int missing = ComparisonLevel.MISSING.ordinal();
		double[][] p = new double[counts.length][ComparisonLevel.COUNT];
		for (int f = 0; f < counts.length; f++) {
			double sum = 0;
			for (int l = 0; l < ComparisonLevel.COUNT; l++) {
				if (l != missing && shape[f][l] > 0) {
					sum += counts[f][l] + smoothing;
				}
			}
			for (int l = 0; l < ComparisonLevel.COUNT; l++) {
				boolean used = l != missing && shape[f][l] > 0;
				p[f][l] = (l == missing) ? 1 : (used ? (counts[f][l] + smoothing) / sum : 0);
			}
		}
		return p;
	}

}
