package org.homeward.matching;

import java.time.Instant;
import java.util.Objects;

import org.homeward.linkage.FellegiSunterModel;
import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.LinkageOptions;
import org.jspecify.annotations.Nullable;

/**
 * A stored matching model: m and u per field level, λ, and the two thresholds.
 *
 * @param id the model's number; 0 for the engine's built-in model
 * @param model the parameters
 * @param matchProbability pairs at or above this posterior probability are linked
 * @param reviewProbability pairs at or above this one go to review
 * @param samePairs confirmed same pairs it was estimated from
 * @param differentPairs confirmed different pairs it was estimated from
 * @param createdBy who estimated and adopted it first; null for the built-in model
 * @param createdAt when; null for the built-in model
 */
record AdoptedModel(long id, FellegiSunterModel model, double matchProbability, double reviewProbability, int samePairs,
		int differentPairs, @Nullable String createdBy, @Nullable Instant createdAt) {

	AdoptedModel {
		Objects.requireNonNull(model, "model");
		if (!(reviewProbability > 0 && reviewProbability <= matchProbability && matchProbability < 1)) {
			throw new IllegalArgumentException("need 0 < review <= match < 1");
		}
	}

	/**
	 * The engine's built-in model and thresholds for the person profile.
	 * @return model 0
	 */
	static AdoptedModel builtIn() {
		LinkageOptions options = LinkageOptions.defaults(FieldProfile.person());
		return new AdoptedModel(0, FellegiSunterModel.defaults(FieldProfile.person()), options.matchProbability(),
				options.reviewProbability(), 0, 0, null, null);
	}

	/**
	 * The engine deciding with this model's thresholds.
	 * @param engine an engine already scoring with {@link #model()}
	 * @return the engine
	 */
	LinkageEngine applyTo(LinkageEngine engine) {
		return engine.withThresholds(this.matchProbability, this.reviewProbability);
	}

	ModelEstimation.Thresholded thresholded() {
		return new ModelEstimation.Thresholded(this.model, this.matchProbability, this.reviewProbability);
	}

}
