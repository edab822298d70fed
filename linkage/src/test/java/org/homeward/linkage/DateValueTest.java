package org.homeward.linkage;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateValueTest {

	@Test
	void readsOneDigitTyposSwapsAndShiftsAsClose() {
		assertThat(compare("2014-03-15", "2014-03-15")).isEqualTo(ComparisonLevel.EXACT);
		assertThat(compare("2014-03-05", "2014-05-03")).isEqualTo(ComparisonLevel.DAY_MONTH_SWAPPED);
		assertThat(compare("2014-03-15", "2014-03-18")).isEqualTo(ComparisonLevel.ONE_EDIT);
		assertThat(compare("2014-03-15", "2015-03-15")).isEqualTo(ComparisonLevel.ONE_EDIT);
		assertThat(compare("2014", "2014-03-15")).isEqualTo(ComparisonLevel.PARTIAL_DATE);
		assertThat(compare("2013", "2014-03-15")).isEqualTo(ComparisonLevel.YEAR_CLOSE);
		// a re-registration's shift across New Year: days apart, or the same day months
		// apart
		assertThat(compare("2014-12-28", "2015-01-09")).isEqualTo(ComparisonLevel.YEAR_CLOSE);
		assertThat(compare("2014-11-10", "2015-03-10")).isEqualTo(ComparisonLevel.YEAR_CLOSE);
	}

	/*
	 * Two Катерина Лисенко of Балаклія, born 2020-08-24 and 2021-10-19: a year apart, on
	 * other days, 14 months between them. Two birth dates, not one written twice.
	 */
	@Test
	void readsFullDatesMonthsApartOnOtherDaysAsTwoDates() {
		assertThat(compare("2020-08-24", "2021-10-19")).isEqualTo(ComparisonLevel.DISAGREE);
		assertThat(compare("2014-03-15", "2015-02-01")).isEqualTo(ComparisonLevel.DISAGREE);
		assertThat(compare("2012-03-15", "2014-05-15")).isEqualTo(ComparisonLevel.DISAGREE);
	}

	@Test
	void countsDaysLikeTheCalendar() {
		for (String date : new String[] { "1970-01-01", "2000-02-29", "2005-12-31", "2022-03-01", "1899-07-04" }) {
			LocalDate day = LocalDate.parse(date);
			assertThat(DateValue.epochDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth())).as(date)
				.isEqualTo(day.toEpochDay());
		}
	}

	private static ComparisonLevel compare(String a, String b) {
		return DateValue.compare(DateValue.parse(a), DateValue.parse(b));
	}

}
