package org.homeward.linkage;

import java.util.Objects;

/**
 * One field's part in a pair's score.
 *
 * @param field the field name
 * @param level how the field compared
 * @param weight the level weight plus any term-frequency adjustment, in bits
 * @param termAdjustment the term-frequency part of {@code weight}
 */
public record FieldWeight(String field, ComparisonLevel level, double weight, double termAdjustment) {

	public FieldWeight {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(level, "level");
	}

}
