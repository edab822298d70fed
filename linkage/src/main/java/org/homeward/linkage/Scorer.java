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
		int[] levels = context.levels;
		int flags = this.comparer.compare(a, b, context);
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
