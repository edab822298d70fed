package org.homeward.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CitationsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "source:42|/evidence/sources/42", "Source #7, p. 3|/evidence/sources/7",
			"source 12 line 9|/evidence/sources/12", "SYNTHETIC news report|", "resource:3|" })
	void linksCitationsThatNameASource(String citation, String expected) {
		assertThat(new Citations().link(citation)).isEqualTo(expected);
	}

}
