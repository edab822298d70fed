package org.homeward.votes;

import java.util.Locale;

/**
 * The majority a resolution needs. Both count only members present and voting (yes or
 * no); abstentions and members not voting do not count (Charter Article 18, rules 85–86).
 */
public enum Majority {

	/** More yes than no. */
	SIMPLE,
	/**
	 * At least two-thirds of the members present and voting: important questions (Article
	 * 18(2)) and, by practice, emergency special sessions.
	 */
	TWO_THIRDS;

	/**
	 * The fewest yes votes that carry the resolution, given how many members voted yes or
	 * no.
	 * @param tally the totals
	 * @return the yes votes needed; at least one
	 */
	public int requiredYes(Tally tally) {
		int voting = tally.presentAndVoting();
		int needed = (this == SIMPLE) ? voting / 2 + 1 : (2 * voting + 2) / 3;
		return Math.max(needed, 1);
	}

	/**
	 * Whether the totals carry the resolution.
	 * @param tally the totals
	 * @return true when the yes votes reach {@link #requiredYes(Tally)}
	 */
	public boolean reachedBy(Tally tally) {
		return tally.yes() >= requiredYes(tally);
	}

	/**
	 * Reads {@code simple}, {@code two-thirds}, {@code 2/3} or the constant's name.
	 * @param text the text
	 * @return the majority
	 * @throws IllegalArgumentException for anything else
	 */
	public static Majority parse(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		return switch (value) {
			case "simple" -> SIMPLE;
			case "two-thirds", "2/3", "two-third" -> TWO_THIRDS;
			default -> throw new IllegalArgumentException(
					"required majority must be simple or two-thirds, not '" + text + "'");
		};
	}

}
