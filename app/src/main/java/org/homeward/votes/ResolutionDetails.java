package org.homeward.votes;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * What a resolution is, apart from its votes: as a voting file or an importer states it.
 *
 * @param symbol the resolution's symbol ({@code A/RES/ES-11/1}); one line, at most 60
 * characters
 * @param draftSymbol the draft's symbol ({@code A/ES-11/L.1}), or null
 * @param title the title, not blank
 * @param session the session ({@code 80}, {@code ES-11}), or null
 * @param meeting the plenary meeting ({@code 52}), or null
 * @param date the date of the vote
 * @param time the local time in New York of the vote, as the board shows it, or null
 * @param majority the majority the resolution needs
 * @param source where the record comes from (a UN Digital Library link, a file name), or
 * null
 * @param statedTotals totals the source states, checked against the votes; or null
 */
public record ResolutionDetails(String symbol, @Nullable String draftSymbol, String title, @Nullable String session,
		@Nullable String meeting, LocalDate date, @Nullable LocalTime time, Majority majority, @Nullable String source,
		@Nullable Tally statedTotals) {

	public ResolutionDetails {
		symbol = symbol.strip();
		title = title.strip();
		draftSymbol = blankToNull(draftSymbol);
		session = blankToNull(session);
		meeting = blankToNull(meeting);
		source = blankToNull(source);
		if (symbol.isEmpty() || symbol.length() > 60 || symbol.contains("\n")) {
			throw new IllegalArgumentException("a resolution symbol is one line of 1 to 60 characters");
		}
		if (title.isEmpty() || title.length() > 2000) {
			throw new IllegalArgumentException("a resolution title has 1 to 2000 characters");
		}
		if (draftSymbol != null && draftSymbol.length() > 60) {
			throw new IllegalArgumentException("a draft symbol has at most 60 characters");
		}
		if ((session != null && session.length() > 20) || (meeting != null && meeting.length() > 20)) {
			throw new IllegalArgumentException("session and meeting have at most 20 characters");
		}
		if (source != null && source.length() > 500) {
			throw new IllegalArgumentException("a source has at most 500 characters");
		}
	}

	/**
	 * The same details with other stated totals.
	 * @param totals the totals the source states, or null
	 * @return a copy
	 */
	public ResolutionDetails withStatedTotals(@Nullable Tally totals) {
		return new ResolutionDetails(this.symbol, this.draftSymbol, this.title, this.session, this.meeting, this.date,
				this.time, this.majority, this.source, totals);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
