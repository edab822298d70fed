package org.homeward.registry;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

	@ParameterizedTest
	@ValueSource(strings = { "2013", "2013-05", "2013-05-17", "2012-02-29" })
	void roundTripsEachPrecision(String text) {
		assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2013-13", "2013-02-30", "2013-5-1", "13-05-2013", "1850", "2013-00", "", "abc" })
	void refusesWhatIsNotADate(String text) {
		assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void yearMonthSpansTheMonth() {
		PartialDate may = PartialDate.parse("2013-02");
		assertThat(may.earliest()).isEqualTo(LocalDate.of(2013, 2, 1));
		assertThat(may.latest()).isEqualTo(LocalDate.of(2013, 2, 28));
		assertThat(may.isComplete()).isFalse();
	}

	@Test
	void ordersByEarliestDay() {
		assertThat(PartialDate.parse("2013")).isLessThan(PartialDate.parse("2013-01-02"));
	}

}
