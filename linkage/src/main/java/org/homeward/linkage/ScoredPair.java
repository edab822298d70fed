package org.homeward.linkage;

import java.util.Objects;

/**
 * A candidate pair with its score.
 *
 * @param leftId the first record's id
 * @param rightId the second record's id
 * @param weight the total weight in bits
 * @param probability the posterior match probability
 * @param decision what the thresholds say
 */
public record ScoredPair(String leftId, String rightId, double weight, double probability, Decision decision) {

	public ScoredPair {
		Objects.requireNonNull(leftId, "leftId");
		Objects.requireNonNull(rightId, "rightId");
		Objects.requireNonNull(decision, "decision");
	}

}
