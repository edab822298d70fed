package org.homeward.matching;

import java.util.List;
import java.util.UUID;

import org.homeward.registry.ChildSummary;

/**
 * A child found by a search, with the identity version that matched best and why.
 *
 * @param child the child as the list shows it
 * @param matchedVersionId the identity version that matched
 * @param matchedName the matched version's name as written in its source
 * @param weight the match weight (log2 likelihood ratio; higher is stronger)
 * @param fields the weight of each compared field, strongest evidence first
 */
public record SearchHit(ChildSummary child, UUID matchedVersionId, String matchedName, double weight,
		List<FieldEvidence> fields) {

	public SearchHit {
		fields = List.copyOf(fields);
	}

	/**
	 * One field's part in a match.
	 *
	 * @param field the field, e.g. {@code given_name}
	 * @param level how the values compared, e.g. {@code SAME_CONCEPT}
	 * @param weight evidence for (positive) or against (negative)
	 */
	public record FieldEvidence(String field, String level, double weight) {
	}

}
