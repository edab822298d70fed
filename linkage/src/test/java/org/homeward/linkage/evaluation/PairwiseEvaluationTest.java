package org.homeward.linkage.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class PairwiseEvaluationTest {

	/*
	 * Truth {a,b,c} {d,e} {f}; clusters {a,b} {c,d} {e,f}. True pairs ab ac bc de = 4;
	 * predicted pairs ab cd ef = 3, of which only ab is true. P = 1/3, R = 1/4, F1 = 2/7.
	 */
	@Test
	void countsPairsOfAHandWorkedExample() {
		Map<String, String> truth = Map.of("a", "E1", "b", "E1", "c", "E1", "d", "E2", "e", "E2", "f", "E3");
		Map<String, String> clusters = Map.of("a", "C1", "b", "C1", "c", "C2", "d", "C2", "e", "C3", "f", "C3");
		PairwiseScore score = PairwiseEvaluation.score(truth, clusters);
		assertThat(score).isEqualTo(new PairwiseScore(6, 1, 2, 3));
		assertThat(score.precision()).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(score.recall()).isCloseTo(0.25, within(1e-12));
		assertThat(score.f1()).isCloseTo(2.0 / 7, within(1e-12));
	}

	@Test
	void scoresAPerfectClusteringAsOne() {
		Map<String, String> truth = Map.of("a", "E1", "b", "E1", "c", "E2");
		PairwiseScore score = PairwiseEvaluation.score(truth, Map.of("a", "x", "b", "x", "c", "y"));
		assertThat(score).isEqualTo(new PairwiseScore(3, 1, 0, 0));
		assertThat(score.f1()).isEqualTo(1.0);
	}

	@Test
	void countsRecordsMissingFromTheClustersAsSingletons() {
		Map<String, String> truth = Map.of("a", "E1", "b", "E1", "c", "E1");
		PairwiseScore score = PairwiseEvaluation.score(truth, Map.of("a", "x", "b", "x"));
		assertThat(score).isEqualTo(new PairwiseScore(3, 1, 0, 2));
	}

	/*
	 * Everything in one cluster: 4 records of two entities of two give 6 predicted pairs,
	 * 2 true.
	 */
	@Test
	void punishesOneBigCluster() {
		Map<String, String> truth = Map.of("a", "E1", "b", "E1", "c", "E2", "d", "E2");
		PairwiseScore score = PairwiseEvaluation.score(truth, Map.of("a", "x", "b", "x", "c", "x", "d", "x"));
		assertThat(score).isEqualTo(new PairwiseScore(4, 2, 4, 0));
		assertThat(score.precision()).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(score.recall()).isEqualTo(1.0);
	}

	@Test
	void rejectsARecordTheTruthDoesNotHave() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PairwiseEvaluation.score(Map.of("a", "E1"), Map.of("a", "x", "z", "x")))
			.withMessageContaining("z");
	}

	@Property(tries = 200)
	void agreesWithListingEveryPair(@ForAll @Size(max = 30) List<@IntRange(max = 5) Integer> entities,
			@ForAll @Size(max = 30) List<@IntRange(max = 5) Integer> clusters) {
		Map<String, String> truth = new HashMap<>();
		Map<String, String> predicted = new HashMap<>();
		for (int i = 0; i < entities.size(); i++) {
			truth.put("r" + i, "e" + entities.get(i));
			if (i < clusters.size()) {
				predicted.put("r" + i, "c" + clusters.get(i));
			}
		}
		assertThat(PairwiseEvaluation.score(truth, predicted)).isEqualTo(byListingPairs(truth, predicted));
	}

	private static PairwiseScore byListingPairs(Map<String, String> truth, Map<String, String> predicted) {
		List<String> ids = List.copyOf(truth.keySet());
		long tp = 0;
		long fp = 0;
		long fn = 0;
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				boolean same = truth.get(ids.get(i)).equals(truth.get(ids.get(j)));
				String ci = predicted.get(ids.get(i));
				boolean linked = ci != null && ci.equals(predicted.get(ids.get(j)));
				tp += (same && linked) ? 1 : 0;
				fp += (!same && linked) ? 1 : 0;
				fn += (same && !linked) ? 1 : 0;
			}
		}
		return new PairwiseScore(ids.size(), tp, fp, fn);
	}

}
