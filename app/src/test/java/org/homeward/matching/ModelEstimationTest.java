package org.homeward.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.homeward.linkage.ComparisonLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.linkage.ComparisonLevel.DISAGREE;
import static org.homeward.linkage.ComparisonLevel.EXACT;
import static org.homeward.linkage.ComparisonLevel.MISSING;
import static org.homeward.linkage.ComparisonLevel.SAME_CONCEPT;

class ModelEstimationTest {

	private static final int FAMILY = 1;

	private static final ModelEstimation.Thresholded BUILT_IN = AdoptedModel.builtIn().thresholded();

	@Test
	void differentChildrenAgreeingOnAFamilyNameWeakenThatLevel() {
		List<ModelEstimation.ReviewedPair> pairs = repeat(pair(EXACT, EXACT, false), 30);
		var proposed = ModelEstimation.estimate(BUILT_IN, pairs);
		assertThat(proposed.model().weight(FAMILY, EXACT)).isLessThan(BUILT_IN.model().weight(FAMILY, EXACT) - 1);
	}

	@Test
	void sameChildrenWithAnotherFamilyNameSoftenItsDisagreement() {
		List<ModelEstimation.ReviewedPair> pairs = repeat(pair(EXACT, DISAGREE, true), 30);
		var proposed = ModelEstimation.estimate(BUILT_IN, pairs);
		assertThat(proposed.model().weight(FAMILY, DISAGREE))
			.isGreaterThan(BUILT_IN.model().weight(FAMILY, DISAGREE) + 1);
	}

	@Test
	void aHandfulOfDecisionsMovesAWeightByLessThanABit() {
		var proposed = ModelEstimation.estimate(BUILT_IN, repeat(pair(EXACT, EXACT, false), 2));
		assertThat(Math.abs(proposed.model().weight(FAMILY, EXACT) - BUILT_IN.model().weight(FAMILY, EXACT)))
			.isLessThan(1);
		assertThat(proposed.matchProbability()).isEqualTo(BUILT_IN.matchProbability());
	}

	@Test
	void choosesTheLowestThresholdThatKeepsPrecisionOnReviewedPairs() {
		List<ModelEstimation.ReviewedPair> pairs = new ArrayList<>();
		pairs.addAll(repeat(pair(EXACT, EXACT, true), 40));
		pairs.addAll(repeat(pair(SAME_CONCEPT, EXACT, true), 20));
		pairs.addAll(repeat(pair(SAME_CONCEPT, DISAGREE, false), 40));
		var proposed = ModelEstimation.estimate(BUILT_IN, pairs);
		ModelEstimation.Evaluation result = ModelEstimation.evaluate(proposed, pairs);
		assertThat(result.precision()).isGreaterThanOrEqualTo(0.98);
		assertThat(result.recall()).isEqualTo(1.0);
		assertThat(result.falsePositives()).isZero();
		assertThat(proposed.reviewProbability()).isLessThanOrEqualTo(proposed.matchProbability());
	}

	@Test
	void evaluatesPrecisionAndRecallAtTheMatchThreshold() {
		List<ModelEstimation.ReviewedPair> pairs = List.of(pair(EXACT, EXACT, true), pair(DISAGREE, DISAGREE, true),
				pair(EXACT, EXACT, false));
		ModelEstimation.Evaluation result = ModelEstimation.evaluate(BUILT_IN, pairs);
		assertThat(result.truePositives()).isEqualTo(1);
		assertThat(result.falsePositives()).isEqualTo(1);
		assertThat(result.falseNegatives()).isEqualTo(1);
		assertThat(result.precision()).isEqualTo(0.5);
		assertThat(result.recall()).isEqualTo(0.5);
	}

	/*
	 * given name, family name, then patronymic missing, sex and birth date exact, places
	 * missing
	 */
	private static ModelEstimation.ReviewedPair pair(ComparisonLevel given, ComparisonLevel family, boolean same) {
		return new ModelEstimation.ReviewedPair(List.of(given, family, MISSING, EXACT, EXACT, MISSING, MISSING), false,
				same);
	}

	private static List<ModelEstimation.ReviewedPair> repeat(ModelEstimation.ReviewedPair pair, int times) {
		return new ArrayList<>(Collections.nCopies(times, pair));
	}

}
