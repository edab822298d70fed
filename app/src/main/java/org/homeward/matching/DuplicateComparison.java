package org.homeward.matching;

import java.util.List;

import org.homeward.matching.ReviewComparison.FieldComparison;
import org.homeward.registry.Child;

/**
 * What the comparison page shows for a duplicate proposal: two registered children side
 * by side, field by field, with the engine's weights and each child's sources.
 *
 * @param item the review item
 * @param child the first child
 * @param other the second child
 * @param fields every compared field (the "mention" side is the first child)
 * @param total the total weight in bits
 * @param matchWeight the weight at which a pair links automatically
 * @param decision the engine's decision for the pair
 * @param childSources the sources of the first child's identity versions
 * @param otherSources the sources of the second child's identity versions
 */
record DuplicateComparison(ReviewItem item, Child child, Child other, List<FieldComparison> fields, double total,
		double matchWeight, String decision, List<String> childSources, List<String> otherSources) {

	DuplicateComparison {
		fields = List.copyOf(fields);
		childSources = List.copyOf(childSources);
		otherSources = List.copyOf(otherSources);
	}

}
