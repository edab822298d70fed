package org.homeward.votes;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * A resolution put to a recorded vote, with its totals.
 *
 * @param id the id in Homeward
 * @param symbol the resolution's symbol ({@code A/RES/ES-11/1})
 * @param draftSymbol the draft's symbol, or null
 * @param title the title
 * @param session the session, or null
 * @param meeting the plenary meeting, or null
 * @param date the date of the vote
 * @param time the local time in New York of the vote, or null when not known
 * @param majority the majority it needs
 * @param source where the record comes from, or null
 * @param tally the totals of the recorded votes
 */
public record Resolution(long id, String symbol, @Nullable String draftSymbol, String title, @Nullable String session,
		@Nullable String meeting, LocalDate date, @Nullable LocalTime time, Majority majority, @Nullable String source,
		Tally tally) {

	/**
	 * The outcome: whether the yes votes reach the required majority.
	 * @return true when adopted
	 */
	public boolean adopted() {
		return this.majority.reachedBy(this.tally);
	}

	/**
	 * The fewest yes votes that carry it.
	 * @return the yes votes needed
	 */
	public int requiredYes() {
		return this.majority.requiredYes(this.tally);
	}

	/**
	 * Whether the record was generated for tests or demos rather than taken from the UN.
	 * @return true for symbols starting with {@code TEST/}
	 */
	public boolean synthetic() {
		return this.symbol.startsWith("TEST/");
	}

}
