package org.homeward.linkage;

import java.util.List;

/**
 * Fellegi–Sunter scoring of one pair: the sum of the level weights of every field, with a
 * term-frequency adjustment where the agreeing value is common or rare, and a veto when a
 * veto field disagrees. Allocation-free; the caller owns the {@link ScoringContext}.
 */
final class Scorer {

	/** Flag stored in {@code levels[fieldCount]}: a veto field disagrees. */
	static final int VETOED = 2;

	/*
	 * Term-frequency adjustments are clipped so one rare name cannot outvote three
	 * fields.
	 */
	private static final double MAX_TF_ADJUSTMENT = 4.0;

	final PairComparer comparer;

	final FellegiSunterModel model;

	private final boolean[] veto;

	private final boolean[] termFrequency;

	private final FieldKind[] kinds;

	/*
	 * The model's weights by field and level, flat: weights[f * ComparisonLevel.COUNT +
	 * level].
	 */
	private final double[] weights;

	/*
	 * The best weight each field can add (its best level, a rare value), and their sum.
	 */
	private final double[] maxWeight;

	private final double maxTotal;

	Scorer(FellegiSunterModel model) {
		this.model = model;
		this.comparer = new PairComparer(model.profile());
		List<FieldSpec> fields = model.profile().fields();
		this.veto = new boolean[fields.size()];
		this.termFrequency = new boolean[fields.size()];
		this.kinds = new FieldKind[fields.size()];
		for (int f = 0; f < fields.size(); f++) {
			this.kinds[f] = fields.get(f).kind();
			this.veto[f] = fields.get(f).veto();
			this.termFrequency[f] = fields.get(f).termFrequency();
		}
		this.weights = new double[fields.size() * ComparisonLevel.COUNT];
		for (int f = 0; f < fields.size(); f++) {
			System.arraycopy(model.weights[f], 0, this.weights, f * ComparisonLevel.COUNT, ComparisonLevel.COUNT);
		}
		this.maxWeight = new double[fields.size()];
		double sum = 0;
		for (int f = 0; f < fields.size(); f++) {
			double best = Double.NEGATIVE_INFINITY;
			for (double weight : model.weights[f]) {
				best = Double.isNaN(weight) ? Double.POSITIVE_INFINITY : Math.max(best, weight);
			}
			this.maxWeight[f] = best + (this.termFrequency[f] ? MAX_TF_ADJUSTMENT : 0);
			sum += this.maxWeight[f];
		}
		this.maxTotal = sum;
	}

	int fieldCount() {
		return this.veto.length;
	}

	ScoringContext newContext() {
		return new ScoringContext(this.veto.length, true);
	}

	/**
	 * Scores a pair.
	 * @param context the thread's context; on return its levels hold the level ordinals
	 * and, in the last slot, the flags {@link PairComparer#SWAPPED} and {@link #VETOED}
	 * @return the total weight in bits, not lowered by a veto
	 */
	double weigh(PreparedRecord a, PreparedRecord b, ScoringContext context) {
		return total(a, b, context, this.comparer.compare(a, b, context));
	}

	/**
	 * Scores a pair as {@link #weigh} does when its weight can reach {@code floor}, and
	 * otherwise stops as soon as the fields compared so far, with the best weight each
	 * remaining field could add, stay below it: most candidate pairs of a block are
	 * namesakes born years apart in other towns, and the look-ups of their later fields
	 * change nothing that is kept. The names come first (crosswise needs both), then
	 * cheap fields (sex, dates), then the rest.
	 * @param floor the weight below which the caller keeps nothing
	 * @return the total weight as {@link #weigh} gives it, or negative infinity with no
	 * flags set when it is certainly below {@code floor}
	 */
	double weighAtLeast(PreparedRecord a, PreparedRecord b, ScoringContext context, double floor) {
		int[] levels = context.levels;
		int flags = this.comparer.compareNames(a, b, context);
		double reachable = this.maxTotal;
		for (int f : this.comparer.nameFields()) {
			reachable += fieldWeight(f, levels[f], a, b, flags) - this.maxWeight[f];
		}
		for (int f : this.comparer.laterFields()) {
			if (reachable < floor - BOUND_SLACK) {
				levels[this.veto.length] = 0;
				return Double.NEGATIVE_INFINITY;
			}
			int level = this.comparer.level(f, a, b, context);
			levels[f] = level;
			reachable += fieldWeight(f, level, a, b, flags) - this.maxWeight[f];
		}
		this.comparer.finish(levels);
		return total(a, b, context, flags);
	}

	/*
	 * The bound is summed in another order than the total, so it may differ from it in
	 * the last bits; it only stops a pair that misses the floor by more than this.
	 */
	private static final double BOUND_SLACK = 1e-6;

	private double fieldWeight(int f, int level, PreparedRecord a, PreparedRecord b, int flags) {
		double weight = this.weights[f * ComparisonLevel.COUNT + level];
		if (this.termFrequency[f] && level <= ComparisonLevel.SAME_CONCEPT.ordinal()
				&& (flags & PairComparer.SWAPPED) == 0) {
			weight += termAdjustment(a.termWeights[f], b.termWeights[f], this.model.log2U[f][level]);
		}
		return weight;
	}

	private double total(PreparedRecord a, PreparedRecord b, ScoringContext context, int compared) {
		int[] levels = context.levels;
		int flags = compared;
		double total = 0;
		int fields = this.veto.length;
		for (int f = 0; f < fields; f++) {
			int level = levels[f];
			total += this.weights[f * ComparisonLevel.COUNT + level];
			if (this.veto[f] && level == ComparisonLevel.DISAGREE.ordinal() && vetoes(f, a, b, flags)) {
				flags |= VETOED;
			}
			if (this.termFrequency[f] && level <= ComparisonLevel.SAME_CONCEPT.ordinal()
					&& (flags & PairComparer.SWAPPED) == 0) {
				total += termAdjustment(a.termWeights[f], b.termWeights[f], this.model.log2U[f][level]);
			}
		}
		levels[fields] = flags;
		return total;
	}

	/*
	 * A misspelt given name (Даило for Данило) disagrees but does not veto; two known
	 * names do.
	 */
	private boolean vetoes(int field, PreparedRecord a, PreparedRecord b, int flags) {
		return this.kinds[field] != FieldKind.GIVEN_NAME || this.comparer.givenNamesConflict(a, b, flags);
	}

	double termAdjustment(int field, PreparedRecord a, PreparedRecord b, int level) {
		if (!this.termFrequency[field] || level > ComparisonLevel.SAME_CONCEPT.ordinal()) {
			return 0;
		}
		return termAdjustment(a.termWeights[field], b.termWeights[field], this.model.log2U[field][level]);
	}

	private static double termAdjustment(float ta, float tb, double log2U) {
		if (ta <= 0 || tb <= 0) {
			return 0;
		}
		double adjustment = log2U + 0.5 * (ta + tb);
		return Math.max(-MAX_TF_ADJUSTMENT, Math.min(MAX_TF_ADJUSTMENT, adjustment));
	}

}
