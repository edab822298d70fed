package org.homeward.linkage.synthetic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How sources write a birth date: in full ({@code YYYY-MM-DD}), to the month, to the
 * year, not at all, with day and month swapped, or shifted by an error or a deliberate
 * change.
 */
final class BirthDates {

	/** A shift by days moves a date by 1 to this many days. */
	static final int SHIFT_DAYS = 20;

	/** A shift by months moves a date by 1 to this many months. */
	static final int SHIFT_MONTHS = 6;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

	private BirthDates() {
	}

	/**
	 * Writes {@code YYYY-MM-DD}.
	 * @param date the date
	 * @return the text
	 */
	static String full(LocalDate date) {
		return date.toString();
	}

	/**
	 * Writes {@code YYYY-MM}.
	 * @param date the date
	 * @return the text
	 */
	static String month(LocalDate date) {
		return date.format(MONTH);
	}

	/**
	 * Writes {@code YYYY}.
	 * @param date the date
	 * @return the text
	 */
	static String year(LocalDate date) {
		return Integer.toString(date.getYear());
	}

	/**
	 * Writes a date with some precision.
	 * @param date the date
	 * @param dice the randomness
	 * @param full the chance of a full date
	 * @param month the chance of year and month only
	 * @param year the chance of the year only; in the remaining cases the date is missing
	 * @return the written date, possibly empty
	 */
	static String partial(LocalDate date, Dice dice, double full, double month, double year) {
		double draw = dice.unit();
		if (draw < full) {
			return full(date);
		}
		if (draw < full + month) {
			return month(date);
		}
		return (draw < full + month + year) ? year(date) : "";
	}

	/**
	 * Writes a date with day and month swapped, where that is still a valid date.
	 * @param date the true date
	 * @return the swapped date, or the true one when the day is above 12 or equals the
	 * month
	 */
	static String daySwapped(LocalDate date) {
		if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
			return full(date);
		}
		return full(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
	}

	/**
	 * Shifts a date the way a re-registration does: by days, by a month or by a year.
	 * @param date the true date
	 * @param dice the randomness
	 * @return a different date
	 */
	static LocalDate shifted(LocalDate date, Dice dice) {
		int sign = dice.chance(0.5) ? 1 : -1;
		return switch (dice.between(0, 2)) {
			case 0 -> date.plusDays(sign * dice.between(1, SHIFT_DAYS));
			case 1 -> date.plusMonths(sign * dice.between(1, SHIFT_MONTHS));
			default -> date.plusYears(sign);
		};
	}

	/**
	 * The chance that {@link #shifted} turns one date into another.
	 * @param date the true date
	 * @param written the shifted date
	 * @return the probability, 0 when no shift gives it
	 */
	static double shiftProbability(LocalDate date, LocalDate written) {
		double p = 0;
		for (int sign : new int[] { 1, -1 }) {
			for (int days = 1; days <= SHIFT_DAYS; days++) {
				p += (date.plusDays(sign * days).equals(written) ? 1 : 0) / (2.0 * 3 * SHIFT_DAYS);
			}
			for (int months = 1; months <= SHIFT_MONTHS; months++) {
				p += (date.plusMonths(sign * months).equals(written) ? 1 : 0) / (2.0 * 3 * SHIFT_MONTHS);
			}
			p += (date.plusYears(sign).equals(written) ? 1 : 0) / (2.0 * 3);
		}
		return p;
	}

}
