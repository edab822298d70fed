package org.homeward.matching;

import java.util.List;
import java.util.UUID;

import org.homeward.evidence.Mention;
import org.homeward.registry.Child;
import org.jspecify.annotations.Nullable;

/**
 * What the comparison page shows: the mention and the candidate child side by side, field
 * by field, with the engine's weights, the sources behind each side and the other
 * candidates.
 *
 * @param item the review item
 * @param mention the mention
 * @param sourceTitle the title of the mention's source
 * @param child the candidate child
 * @param candidateVersionId the child's identity version compared
 * @param fields every compared field
 * @param total the total weight in bits
 * @param matchWeight the weight at which a pair links automatically
 * @param decision the engine's decision for the pair
 * @param childSources the sources of the child's identity versions
 * @param others the other children the mention could be
 */
record ReviewComparison(ReviewItem item, Mention mention, String sourceTitle, Child child, UUID candidateVersionId,
		List<FieldComparison> fields, double total, double matchWeight, String decision, List<String> childSources,
		List<OtherCandidate> others) {

	ReviewComparison {
		fields = List.copyOf(fields);
		childSources = List.copyOf(childSources);
		others = List.copyOf(others);
	}

	/**
	 * One field on both sides.
	 *
	 * @param field the engine's field name, e.g. {@code given_name}
	 * @param mentionValue the mention's value as written, or null
	 * @param mentionLatin its Latin rendering (Ukrainian national 2010), or null
	 * @param childValue the child's value as written, or null
	 * @param childLatin its Latin rendering, or null
	 * @param level how the values compared
	 * @param weight evidence for (positive) or against (negative), in bits
	 */
	record FieldComparison(String field, @Nullable String mentionValue, @Nullable String mentionLatin,
			@Nullable String childValue, @Nullable String childLatin, String level, double weight) {

		/** The bar's length: the weight's size, at most {@link #BAR_MAX}. */
		static final double BAR_MAX = 12;

		public double bar() {
			return Math.min(Math.abs(this.weight), BAR_MAX);
		}

		public boolean supports() {
			return this.weight > 0;
		}

	}

	/**
	 * Another child the mention could be.
	 *
	 * @param childId the child
	 * @param caseNumber its case number
	 * @param name the best-matching identity's name
	 * @param weight the pair's weight
	 * @param decision the engine's decision
	 */
	record OtherCandidate(UUID childId, String caseNumber, String name, double weight, String decision) {
	}

}
