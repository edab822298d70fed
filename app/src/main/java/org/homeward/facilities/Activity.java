package org.homeward.facilities;

import org.jspecify.annotations.Nullable;

/**
 * A documented activity at a facility.
 *
 * @param kind what happened
 * @param confidence how firmly the evidence supports it
 * @param evidence what the evidence is, in a sentence, or null
 */
public record Activity(ActivityKind kind, Confidence confidence, @Nullable String evidence) {

	public Activity {
		if (kind == null || confidence == null) {
			throw new IllegalArgumentException("an activity needs a kind and a confidence");
		}
		evidence = Text.clean(evidence);
	}

}
