package org.homeward.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.homeward.linkage.ComparisonLevel;
import org.homeward.linkage.FellegiSunterModel;
import org.homeward.linkage.FieldProfile;
import org.jspecify.annotations.Nullable;

/**
 * The "Matching model" page and API: the model in use and the proposed one, per field
 * level, and how each does on the reviewed pairs.
 *
 * @param current the model in use
 * @param proposed the model the decisions propose
 * @param currentResults precision, recall and F1 of the model in use on the reviewed
 * pairs
 * @param proposedResults the same for the proposed model
 * @param samePairs reviewed pairs decided "same child"
 * @param differentPairs reviewed pairs decided "different children"
 * @param skippedPairs reviewed pairs whose mention or identity version is gone
 * @param method how the proposal was made
 * @param adoptions the adoptions, latest first
 */
record ModelReport(ModelView current, ModelView proposed, Results currentResults, Results proposedResults,
		int samePairs, int differentPairs, int skippedPairs, String method,
		List<JdbcMatchingModels.Adoption> adoptions) {

	/**
	 * A model with its thresholds.
	 *
	 * @param id the stored model's number, 0 for the built-in one, -1 for a proposal
	 * @param matchProbability link at or above this probability
	 * @param reviewProbability review at or above this one
	 * @param matchWeight the match threshold in bits
	 * @param reviewWeight the review threshold in bits
	 * @param levels m, u and the weight of every field level
	 * @param createdBy who estimated it, if stored
	 * @param createdAt when, if stored
	 */
	record ModelView(long id, double matchProbability, double reviewProbability, double matchWeight,
			double reviewWeight, List<Level> levels, @Nullable String createdBy, @Nullable Instant createdAt) {
	}

	/**
	 * One field level.
	 *
	 * @param samePairs reviewed same pairs at this level
	 * @param differentPairs reviewed different pairs at this level
	 */
	record Level(String field, String level, double m, double u, double weight, int samePairs, int differentPairs) {
	}

	/**
	 * Results on the reviewed pairs, a pair counting as linked at or above the match
	 * threshold.
	 */
	record Results(int truePositives, int falsePositives, int falseNegatives, int trueNegatives, double precision,
			double recall, double f1) {

		static Results of(ModelEstimation.Evaluation e) {
			return new Results(e.truePositives(), e.falsePositives(), e.falseNegatives(), e.trueNegatives(),
					e.precision(), e.recall(), e.f1());
		}

	}

	static ModelReport of(AdoptedModel current, ModelEstimation.Thresholded proposed,
			List<ModelEstimation.ReviewedPair> pairs, int skipped, List<JdbcMatchingModels.Adoption> adoptions) {
		int same = (int) pairs.stream().filter(ModelEstimation.ReviewedPair::same).count();
		ModelView now = view(current.id(), current.thresholded(), pairs, current.createdBy(), current.createdAt());
		ModelView next = view(-1, proposed, pairs, null, null);
		return new ModelReport(now, next, Results.of(ModelEstimation.evaluate(current.thresholded(), pairs)),
				Results.of(ModelEstimation.evaluate(proposed, pairs)), same, pairs.size() - same, skipped,
				"m and u per field level from the decided pairs, smoothed towards the model in use ("
						+ ModelEstimation.M_PRIOR + " pseudo-pairs for m, " + ModelEstimation.U_PRIOR
						+ " for u); match threshold: the lowest weight at which the reviewed pairs above it are "
						+ "at least 98 % precise, as a probability between 0.001 and 0.9999 (needs "
						+ ModelEstimation.MIN_PAIRS
						+ " decisions of each kind); review threshold: 98 % of the same pairs above it",
				adoptions);
	}

	private static ModelView view(long id, ModelEstimation.Thresholded model, List<ModelEstimation.ReviewedPair> pairs,
			@Nullable String createdBy, @Nullable Instant createdAt) {
		FellegiSunterModel m = model.model();
		FieldProfile profile = m.profile();
		List<Level> levels = new ArrayList<>();
		for (int f = 0; f < profile.fields().size(); f++) {
			for (ComparisonLevel level : FellegiSunterModel.levelsOf(profile.fields().get(f).kind())) {
				int field = f;
				int same = (int) pairs.stream().filter((p) -> p.same() && p.levels().get(field) == level).count();
				int different = (int) pairs.stream().filter((p) -> !p.same() && p.levels().get(field) == level).count();
				levels.add(new Level(profile.fields().get(f).name(), level.name(), m.m(f, level), m.u(f, level),
						m.weight(f, level), same, different));
			}
		}
		return new ModelView(id, model.matchProbability(), model.reviewProbability(), model.matchWeight(),
				m.weightFor(model.reviewProbability()), levels, createdBy, createdAt);
	}

}
