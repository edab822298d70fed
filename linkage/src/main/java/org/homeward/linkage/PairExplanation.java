package org.homeward.linkage;

import java.util.List;
import java.util.Objects;

/**
 * Why a pair scored as it did, field by field.
 *
 * @param leftId the first record's id
 * @param rightId the second record's id
 * @param weight the total weight in bits (the sum of the field weights)
 * @param probability the posterior match probability; 0 when vetoed
 * @param decision what the thresholds say
 * @param namesSwapped whether given and family names agreed only crosswise
 * @param vetoed whether a veto field (the given name) disagrees
 * @param fields the weight of every field, in profile order
 */
public record PairExplanation(String leftId, String rightId, double weight, double probability, Decision decision,
		boolean namesSwapped, boolean vetoed, List<FieldWeight> fields) {

	public PairExplanation {
		Objects.requireNonNull(leftId, "leftId");
		Objects.requireNonNull(rightId, "rightId");
		Objects.requireNonNull(decision, "decision");
		fields = List.copyOf(fields);
	}

}
