package org.homeward.linkage;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DisagreementCapTest {

	private static final FellegiSunterModel PRIOR = FellegiSunterModel.defaults(FieldProfile.person());

	private static final int DISAGREE = ComparisonLevel.DISAGREE.ordinal();

	private static final int EXACT = ComparisonLevel.EXACT.ordinal();

	@Test
	void capsTheLearnedDisagreementOfBirthDatesAndGivenNamesAtTheirPrior() {
		double[][] learned = learnedWithDisagreement(0.2);
		double[][] capped = ModelTrainer.capDisagreement(PRIOR, learned);
		for (String field : new String[] { "birth_date", "given_name" }) {
			int f = FieldProfile.person().indexOf(field);
			assertThat(capped[f][DISAGREE]).as(field).isEqualTo(PRIOR.m(f, ComparisonLevel.DISAGREE));
			assertThat(sumWithoutMissing(capped[f])).as(field).isCloseTo(1, within(1e-9));
		}
	}

	@Test
	void leavesOtherFieldsAndSmallerDisagreementAlone() {
		double[][] learned = learnedWithDisagreement(0.2);
		int family = FieldProfile.person().indexOf("family_name");
		assertThat(ModelTrainer.capDisagreement(PRIOR, learned)[family][DISAGREE]).isEqualTo(0.2);
		double[][] small = learnedWithDisagreement(0.001);
		int date = FieldProfile.person().indexOf("birth_date");
		assertThat(ModelTrainer.capDisagreement(PRIOR, small)[date][DISAGREE]).isEqualTo(0.001);
	}

	private static double[][] learnedWithDisagreement(double disagree) {
		double[][] m = PRIOR.mArray();
		for (double[] field : m) {
			Arrays.fill(field, 0);
			field[EXACT] = 1 - disagree;
			field[DISAGREE] = disagree;
			field[ComparisonLevel.MISSING.ordinal()] = 1;
		}
		return m;
	}

	private static double sumWithoutMissing(double[] field) {
		double sum = 0;
		for (int l = 0; l < field.length; l++) {
			sum += (l != ComparisonLevel.MISSING.ordinal()) ? field[l] : 0;
		}
		return sum;
	}

}
