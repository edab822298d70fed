package org.homeward.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A date known to the year, the month or the day, as sources state them ("born 2013",
 * "born May 2013"). Written and parsed as {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}.
 *
 * @param year the year, 1900 to 2100
 * @param month the month 1-12, or null when only the year is known
 * @param day the day of the month, or null when not known; requires a month
 */
public record PartialDate(int year, @Nullable Integer month, @Nullable Integer day) implements Comparable<PartialDate> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	public PartialDate {
		if (year < 1900 || year > 2100) {
			throw new IllegalArgumentException("year " + year + " is outside 1900-2100");
		}
		if (month != null && (month < 1 || month > 12)) {
			throw new IllegalArgumentException("month " + month + " is not 1-12");
		}
		if (day != null) {
			if (month == null) {
				throw new IllegalArgumentException("a day needs a month");
			}
			try {
				LocalDate.of(year, month, day);
			}
			catch (DateTimeException ex) {
				throw new IllegalArgumentException("%04d-%02d-%02d is not a calendar date".formatted(year, month, day));
			}
		}
	}

	/**
	 * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
	 * @param text the text to parse
	 * @return the date
	 * @throws IllegalArgumentException with a readable reason when the text is not such a
	 * date
	 */
	@JsonCreator
	public static PartialDate parse(String text) {
		Matcher m = FORMAT.matcher(text.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
		}
		Integer month = (m.group(2) != null) ? Integer.valueOf(m.group(2)) : null;
		Integer day = (m.group(3) != null) ? Integer.valueOf(m.group(3)) : null;
		return new PartialDate(Integer.parseInt(m.group(1)), month, day);
	}

	/**
	 * Parses a value that may be blank.
	 * @param text the text, possibly null or blank
	 * @return the date, or empty for null or blank text
	 */
	public static Optional<PartialDate> parseOptional(@Nullable String text) {
		return (text == null || text.isBlank()) ? Optional.empty() : Optional.of(parse(text));
	}

	public static PartialDate of(LocalDate date) {
		return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	@JsonIgnore
	public boolean isComplete() {
		return this.day != null;
	}

	/**
	 * The earliest day this date can mean, for ordering and age computation.
	 * @return the first possible day
	 */
	public LocalDate earliest() {
		return LocalDate.of(this.year, (this.month != null) ? this.month : 1, (this.day != null) ? this.day : 1);
	}

	/**
	 * The latest day this date can mean.
	 * @return the last possible day
	 */
	public LocalDate latest() {
		if (this.month == null) {
			return LocalDate.of(this.year, 12, 31);
		}
		return (this.day != null) ? earliest() : YearMonth.of(this.year, this.month).atEndOfMonth();
	}

	@Override
	public int compareTo(PartialDate other) {
		return earliest().compareTo(other.earliest());
	}

	@Override
	@JsonValue
	public String toString() {
		if (this.month == null) {
			return "%04d".formatted(this.year);
		}
		return (this.day == null) ? "%04d-%02d".formatted(this.year, this.month)
				: "%04d-%02d-%02d".formatted(this.year, this.month, this.day);
	}

}
