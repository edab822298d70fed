package org.homeward.linkage.names;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConceptFormTableTest {

	@ParameterizedTest
	@ValueSource(strings = { NameConcepts.GIVEN_NAMES, NameConcepts.PLACE_NAMES })
	void storedTableHoldsWhatTheRomanisersCompute(String resource) {
		Map<String, int[]> computed = NameConcepts.formsOf(DataLines.read(resource));
		assertThat(ConceptFormTable.read(resource))
			.as("%s is stale or missing; regenerate it as the Javadoc of ConceptFormTable says", resource)
			.hasValueSatisfying((stored) -> {
				assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(computed.keySet());
				computed.forEach((form, concepts) -> assertThat(stored.get(form)).as(form).containsExactly(concepts));
			});
	}

}
