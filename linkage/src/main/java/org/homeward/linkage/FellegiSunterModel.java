package org.homeward.linkage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Fellegi–Sunter parameters for one {@link FieldProfile}: per field and comparison level
 * the m-probability (the level's share among true matches) and u-probability (its share
 * among random pairs, which are nearly all non-matches), and the prior share λ of matches
 * among all pairs. A level's weight is {@code log2(m / u)};
 * {@link ComparisonLevel#MISSING} weighs 0. Immutable.
 */
public final class FellegiSunterModel {

	private static final double FLOOR = 1e-6;

	/*
	 * u-probabilities describe random pairs, so λ is the share of matches among all
	 * pairs: about one in ten thousand for a registry of some ten thousand children.
	 */
	private static final double DEFAULT_LAMBDA = 1e-4;

	private final FieldProfile profile;

	private final double[][] m;

	private final double[][] u;

	private final double lambda;

	final double[][] weights;

	final double[][] log2U;

	/**
	 * Creates a model.
	 * @param profile the profile whose fields the arrays follow
	 * @param m m-probabilities indexed by field and {@link ComparisonLevel#ordinal()}
	 * @param u u-probabilities, same shape
	 * @param lambda prior share of matches among all record pairs, in (0, 1)
	 */
	public FellegiSunterModel(FieldProfile profile, double[][] m, double[][] u, double lambda) {
		if (m.length != profile.fields().size() || u.length != m.length || !(lambda > 0 && lambda < 1)) {
			throw new IllegalArgumentException("model does not fit the profile or lambda outside (0, 1)");
		}
		this.profile = profile;
		this.m = deepCopy(m);
		this.u = deepCopy(u);
		this.lambda = lambda;
		this.weights = new double[m.length][ComparisonLevel.COUNT];
		this.log2U = new double[m.length][ComparisonLevel.COUNT];
		for (int f = 0; f < m.length; f++) {
			FieldKind kind = profile.fields().get(f).kind();
			for (ComparisonLevel level : levelsOf(kind)) {
				int l = level.ordinal();
				double mf = Math.max(FLOOR, this.m[f][l]);
				double uf = Math.max(FLOOR, this.u[f][l]);
				this.weights[f][l] = (level == ComparisonLevel.MISSING) ? 0 : log2(mf / uf);
				this.log2U[f][l] = log2(uf);
			}
			makeMonotone(this.weights[f], kind);
		}
	}

	/*
	 * A weaker agreement never weighs more than a stronger one: with few pairs at a rare
	 * level, sampling noise made SIMILAR outweigh EXACT for settlements (7.8 against 4.7
	 * bits). Names, texts and codes are ordered level by level; a date's exact agreement
	 * bounds every other date level and its disagreement is bounded by all of them.
	 */
	private static void makeMonotone(double[] weights, FieldKind kind) {
		List<ComparisonLevel> levels = levelsOf(kind);
		int exact = ComparisonLevel.EXACT.ordinal();
		int disagree = ComparisonLevel.DISAGREE.ordinal();
		double previous = weights[exact];
		for (ComparisonLevel level : levels) {
			int l = level.ordinal();
			if (level == ComparisonLevel.MISSING) {
				continue;
			}
			if (kind == FieldKind.DATE) {
				weights[l] = Math.min(weights[l], weights[exact]);
			}
			else {
				weights[l] = Math.min(weights[l], previous);
				previous = weights[l];
			}
		}
		for (ComparisonLevel level : levels) {
			if (level != ComparisonLevel.MISSING) {
				weights[disagree] = Math.min(weights[disagree], weights[level.ordinal()]);
			}
		}
	}

	/**
	 * Default parameters from experience with person data, used until a model is trained.
	 * Family names disagree for 6 % of true pairs by default: adoption renames children.
	 * @param profile the profile
	 * @return the model
	 */
	public static FellegiSunterModel defaults(FieldProfile profile) {
		int fields = profile.fields().size();
		double[][] m = new double[fields][ComparisonLevel.COUNT];
		double[][] u = new double[fields][ComparisonLevel.COUNT];
		for (int f = 0; f < fields; f++) {
			Map<ComparisonLevel, double[]> priors = priorsOf(profile.fields().get(f).kind());
			for (Map.Entry<ComparisonLevel, double[]> prior : priors.entrySet()) {
				m[f][prior.getKey().ordinal()] = prior.getValue()[0];
				u[f][prior.getKey().ordinal()] = prior.getValue()[1];
			}
		}
		return new FellegiSunterModel(profile, m, u, DEFAULT_LAMBDA);
	}

	/**
	 * The levels a field kind can take, strongest first, {@link ComparisonLevel#MISSING}
	 * last.
	 * @param kind the field kind
	 * @return the levels
	 */
	public static List<ComparisonLevel> levelsOf(FieldKind kind) {
		return List.copyOf(priorsOf(kind).keySet());
	}

	private static Map<ComparisonLevel, double[]> priorsOf(FieldKind kind) {
		Map<ComparisonLevel, double[]> p = new EnumMap<>(ComparisonLevel.class);
		switch (kind) {
			case GIVEN_NAME, FAMILY_NAME, PATRONYMIC, PLACE -> {
				boolean given = kind == FieldKind.GIVEN_NAME;
				p.put(ComparisonLevel.EXACT, new double[] { 0.80, given ? 0.02 : 0.005 });
				p.put(ComparisonLevel.SAME_CONCEPT, new double[] { 0.08, given ? 0.004 : 0.001 });
				p.put(ComparisonLevel.PHONETIC, new double[] { 0.04, 0.003 });
				p.put(ComparisonLevel.SIMILAR_HIGH, new double[] { 0.03, 0.003 });
				p.put(ComparisonLevel.SIMILAR, new double[] { 0.02, 0.01 });
				p.put(ComparisonLevel.DISAGREE, new double[] { given ? 0.03 : 0.06, 0.96 });
			}
			case SEX -> {
				p.put(ComparisonLevel.EXACT, new double[] { 0.97, 0.5 });
				p.put(ComparisonLevel.DISAGREE, new double[] { 0.03, 0.5 });
			}
			case DATE -> {
				p.put(ComparisonLevel.EXACT, new double[] { 0.78, 0.0005 });
				p.put(ComparisonLevel.DAY_MONTH_SWAPPED, new double[] { 0.02, 0.00002 });
				p.put(ComparisonLevel.PARTIAL_DATE, new double[] { 0.06, 0.01 });
				p.put(ComparisonLevel.ONE_EDIT, new double[] { 0.06, 0.003 });
				p.put(ComparisonLevel.YEAR_CLOSE, new double[] { 0.07, 0.1 });
				p.put(ComparisonLevel.DISAGREE, new double[] { 0.01, 0.89 });
			}
			case TEXT -> {
				p.put(ComparisonLevel.EXACT, new double[] { 0.85, 0.01 });
				p.put(ComparisonLevel.SIMILAR_HIGH, new double[] { 0.05, 0.005 });
				p.put(ComparisonLevel.SIMILAR, new double[] { 0.04, 0.02 });
				p.put(ComparisonLevel.DISAGREE, new double[] { 0.06, 0.965 });
			}
			case CODE -> {
				p.put(ComparisonLevel.EXACT, new double[] { 0.88, 0.01 });
				p.put(ComparisonLevel.ONE_EDIT, new double[] { 0.07, 0.01 });
				p.put(ComparisonLevel.DISAGREE, new double[] { 0.05, 0.98 });
			}
		}
		p.put(ComparisonLevel.MISSING, new double[] { 1, 1 });
		return p;
	}

	/**
	 * The profile this model belongs to.
	 * @return the profile
	 */
	public FieldProfile profile() {
		return this.profile;
	}

	/**
	 * The prior share of matches among all record pairs.
	 * @return λ in (0, 1)
	 */
	public double lambda() {
		return this.lambda;
	}

	/**
	 * The m-probability of a level.
	 * @param field field index in the profile
	 * @param level the level
	 * @return the probability
	 */
	public double m(int field, ComparisonLevel level) {
		return this.m[field][level.ordinal()];
	}

	/**
	 * The u-probability of a level.
	 * @param field field index in the profile
	 * @param level the level
	 * @return the probability
	 */
	public double u(int field, ComparisonLevel level) {
		return this.u[field][level.ordinal()];
	}

	/**
	 * The weight {@code log2(m / u)} of a level, 0 for missing.
	 * @param field field index in the profile
	 * @param level the level
	 * @return the weight in bits
	 */
	public double weight(int field, ComparisonLevel level) {
		return this.weights[field][level.ordinal()];
	}

	/**
	 * Turns a total weight into a match probability using λ.
	 * @param weight a pair's total weight in bits
	 * @return the posterior probability that the pair is a match
	 */
	public double probability(double weight) {
		double logOdds = weight + log2(this.lambda / (1 - this.lambda));
		return 1.0 / (1.0 + Math.pow(2, -logOdds));
	}

	/**
	 * Turns a match probability into the total weight that reaches it.
	 * @param probability in (0, 1)
	 * @return the weight in bits
	 */
	public double weightFor(double probability) {
		return log2(probability / (1 - probability)) - log2(this.lambda / (1 - this.lambda));
	}

	double[][] mArray() {
		return deepCopy(this.m);
	}

	double[][] uArray() {
		return deepCopy(this.u);
	}

	static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	private static double[][] deepCopy(double[][] a) {
		double[][] copy = new double[a.length][];
		for (int i = 0; i < a.length; i++) {
			copy[i] = a[i].clone();
		}
		return copy;
	}

}
