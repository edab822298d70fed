package org.homeward.linkage.evaluation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FebrlTruthTest {

	@ParameterizedTest
	@CsvSource({ "rec-1070-org,1070", "rec-1070-dup-0,1070", "rec-7-dup-12,7", " rec-3-org ,3" })
	void readsThePersonFromTheId(String recordId, String person) {
		assertThat(FebrlTruth.entityOf(recordId)).contains(person);
	}

	@ParameterizedTest
	@ValueSource(strings = { "rec-1070", "rec-x-org", "syn-00000001", "rec-1-dup-", "rec-1-org-2" })
	void rejectsOtherIds(String recordId) {
		assertThat(FebrlTruth.entityOf(recordId)).isEmpty();
	}

}
