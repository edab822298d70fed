package org.homeward.linkage.synthetic;

/**
 * One kind of source and its habits: how often it mentions a child and how it writes what
 * it knows.
 */
interface SourceProfile {

	/**
	 * Returns the id written in the {@code source} column.
	 * @return e.g. {@code ua-registry}
	 */
	String name();

	/**
	 * Draws how many records this source holds about one child.
	 * @param dice the randomness
	 * @return zero or more
	 */
	int occurrences(Dice dice);

	/**
	 * Writes one record of a child the way this source would.
	 * @param child the child's true identity
	 * @param dice the randomness
	 * @return the record's fields
	 */
	Mention describe(SyntheticChild child, Dice dice);

	/**
	 * Keeps a value or leaves it out.
	 * @param value the value
	 * @param presence the chance that the source states it
	 * @param dice the randomness
	 * @return the value or an empty string
	 */
	static String maybe(String value, double presence, Dice dice) {
		return dice.chance(presence) ? value : "";
	}

}
