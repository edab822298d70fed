package org.homeward.linkage.evaluation;

import java.util.HashMap;
import java.util.Map;

/**
 * Computes pairwise precision and recall from contingency counts. With n<sub>ij</sub> the
 * number of records of true entity i in predicted cluster j, a<sub>i</sub> and
 * b<sub>j</sub> the entity and cluster sizes: true positives = Σ C(n<sub>ij</sub>, 2),
 * predicted pairs = Σ C(b<sub>j</sub>, 2), true pairs = Σ C(a<sub>i</sub>, 2). Linear in
 * the number of records; no pair is listed.
 */
public final class PairwiseEvaluation {

	private PairwiseEvaluation() {
	}

	/**
	 * Scores a clustering against the truth. A record of the truth that the clustering
	 * does not mention counts as a cluster of its own.
	 * @param truth record id to true entity id
	 * @param clusters record id to predicted cluster id; every record id must be in the
	 * truth
	 * @return the pairwise counts
	 * @throws IllegalArgumentException if the clustering names a record the truth does
	 * not have
	 */
	public static PairwiseScore score(Map<String, String> truth, Map<String, String> clusters) {
		Map<String, Long> entitySizes = new HashMap<>();
		Map<String, Long> clusterSizes = new HashMap<>();
		Map<String, Map<String, Long>> overlap = new HashMap<>();
		for (Map.Entry<String, String> entry : clusters.entrySet()) {
			String entity = truth.get(entry.getKey());
			if (entity == null) {
				throw new IllegalArgumentException("record " + entry.getKey() + " is not in the truth");
			}
			clusterSizes.merge(entry.getValue(), 1L, Long::sum);
			overlap.computeIfAbsent(entity, (e) -> new HashMap<>()).merge(entry.getValue(), 1L, Long::sum);
		}
		truth.values().forEach((entity) -> entitySizes.merge(entity, 1L, Long::sum));
		long truePositives = overlap.values().stream().mapToLong(PairwiseEvaluation::pairsIn).sum();
		long predicted = pairsIn(clusterSizes);
		long actual = pairsIn(entitySizes);
		return new PairwiseScore(truth.size(), truePositives, predicted - truePositives, actual - truePositives);
	}

	private static long pairsIn(Map<String, Long> sizes) {
		long pairs = 0;
		for (long size : sizes.values()) {
			pairs += size * (size - 1) / 2;
		}
		return pairs;
	}

}
