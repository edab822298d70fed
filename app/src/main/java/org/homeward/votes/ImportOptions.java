package org.homeward.votes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * How to import a voting file, as a form, the API or the command line states it; every
 * field is text and may be blank.
 *
 * @param format {@code UN_DIGITAL_LIBRARY}, {@code MEMBER_VOTE}, or blank to detect
 * @param majority {@code simple} (default) or {@code two-thirds}
 * @param symbol for a member,vote file: the resolution's symbol
 * @param draftSymbol the draft's symbol
 * @param title for a member,vote file: the title
 * @param session the session
 * @param meeting the plenary meeting
 * @param date for a member,vote file: the date of the vote, {@code YYYY-MM-DD}
 * @param time the time of the vote in New York, {@code HH:MM}
 * @param source where the record comes from
 * @param statedYes the yes votes the source states, checked against the file
 * @param statedNo the no votes the source states
 * @param statedAbstain the abstentions the source states
 */
record ImportOptions(@Nullable String format, @Nullable String majority, @Nullable String symbol,
		@Nullable String draftSymbol, @Nullable String title, @Nullable String session, @Nullable String meeting,
		@Nullable String date, @Nullable String time, @Nullable String source, @Nullable Integer statedYes,
		@Nullable Integer statedNo, @Nullable Integer statedAbstain) {

	static ImportOptions none() {
		return new ImportOptions(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * The import these options describe.
	 * @param fileName the file's name
	 * @param content the file's text
	 * @return the import
	 * @throws IllegalArgumentException naming the option that is missing or unreadable
	 */
	VoteImport toImport(String fileName, String content) {
		VoteFileFormat fileFormat = blank(this.format) ? VoteFileFormat.detect(content) : format(this.format);
		Majority required = blank(this.majority) ? Majority.SIMPLE : Majority.parse(this.majority);
		ResolutionDetails details = (fileFormat == VoteFileFormat.MEMBER_VOTE) ? details(required, fileName) : null;
		return new VoteImport(fileName, content, fileFormat, required, details);
	}

	private ResolutionDetails details(Majority required, String fileName) {
		if (blank(this.symbol) || blank(this.title) || blank(this.date)) {
			throw new IllegalArgumentException("a member,vote file needs the resolution's symbol, title and date");
		}
		LocalDate day = parse("date", this.date, LocalDate::parse);
		LocalTime at = blank(this.time) ? null : parse("time", this.time, LocalTime::parse);
		@Nullable Tally stated = null;
		if (this.statedYes != null && this.statedNo != null && this.statedAbstain != null) {
			stated = new Tally(this.statedYes, this.statedNo, this.statedAbstain, 0);
		}
		else if (this.statedYes != null || this.statedNo != null || this.statedAbstain != null) {
			throw new IllegalArgumentException("give the stated totals of yes, no and abstain together, or none");
		}
		String from = blank(this.source) ? fileName : this.source;
		return new ResolutionDetails(this.symbol, this.draftSymbol, this.title, this.session, this.meeting, day, at,
				required, from, stated);
	}

	private static <T> T parse(String name, String text, Function<String, T> parser) {
		try {
			return parser.apply(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					name + " '" + text + "' is not readable: use " + ("date".equals(name) ? "YYYY-MM-DD" : "HH:MM"));
		}
	}

	private static VoteFileFormat format(String text) {
		String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (VoteFileFormat candidate : VoteFileFormat.values()) {
			if (candidate.name().equals(name)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("format must be UN_DIGITAL_LIBRARY or MEMBER_VOTE, not '" + text + "'");
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
