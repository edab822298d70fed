package org.homeward.matching;

import java.util.Objects;
import java.util.UUID;

import org.homeward.linkage.PairExplanation;

/**
 * A child a mention could be: the child's best-scoring identity version and why.
 *
 * @param childId the child
 * @param versionId the identity version that scored best
 * @param explanation the score, the engine's decision and the per-field weights
 */
record ChildCandidate(UUID childId, UUID versionId, PairExplanation explanation) {

	ChildCandidate {
		Objects.requireNonNull(childId, "childId");
		Objects.requireNonNull(versionId, "versionId");
		Objects.requireNonNull(explanation, "explanation");
	}

	double weight() {
		return this.explanation.weight();
	}

}
