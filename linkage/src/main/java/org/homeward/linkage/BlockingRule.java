package org.homeward.linkage;

import java.util.List;
import java.util.Objects;

/**
 * One blocking key: records that share the key's value become candidate pairs. A record
 * whose key lacks any part gets no key under this rule.
 *
 * @param parts the parts that make the key
 * @param unordered whether the parts' order does not matter (a given name and a family
 * name in either slot)
 */
public record BlockingRule(List<Part> parts, boolean unordered) {

	public BlockingRule {
		parts = List.copyOf(parts);
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("a blocking rule needs a part");
		}
	}

	/**
	 * A rule whose parts keep their order.
	 * @return the rule
	 */
	public static BlockingRule of(Part... parts) {
		return new BlockingRule(List.of(parts), false);
	}

	/**
	 * A rule whose parts may appear in any order.
	 * @return the rule
	 */
	public static BlockingRule unordered(Part... parts) {
		return new BlockingRule(List.of(parts), true);
	}

	/**
	 * A part of a key: what to take from which field.
	 *
	 * @param field a field name of the profile
	 * @param take what to take
	 */
	public record Part(String field, Take take) {

		public Part {
			Objects.requireNonNull(field, "field");
			Objects.requireNonNull(take, "take");
		}

	}

	/** What a key part takes from its field. */
	public enum Take {

		/** A name's concept, or its phonetic skeleton when it has none. */
		NAME_KEY,
		/** A name's phonetic skeleton. */
		SKELETON,
		/** A date's year. */
		YEAR,
		/** A full date with day and month sorted, so swapped dates share the key. */
		SORTED_DATE,
		/** The normalised value itself. */
		VALUE

	}

}
