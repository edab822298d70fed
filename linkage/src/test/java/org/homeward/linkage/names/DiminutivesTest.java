package org.homeward.linkage.names;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.linkage.text.NameNormaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DiminutivesTest {

	@ParameterizedTest
	@CsvSource({ "назарчик,назар", "давидко,давид", "златка,злата", "марійка,марія", "ганнуся,ганна", "оленька,олена",
			"oleksiyko,oleksiy", "ostapchik,ostap", "karinka,karina", "solomiika,solomiia" })
	void formsTheFullNameFromADiminutive(String diminutive, String full) {
		assertThat(Diminutives.basesOf(diminutive)).contains(full);
	}

	@Test
	void leavesShortAndPlainNamesAlone() {
		assertThat(Diminutives.basesOf("ко")).isEmpty();
		assertThat(Diminutives.basesOf("іван")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "jewhen,yevhen", "swjatoslaw,svyatoslav", "walentyn,valentyn", "jakiw,yakiv",
			"kostjantyn,kostiantyn" })
	void findsAConceptByItsSoundInAnUnforeseenRomanisation(String spelling, String concept) {
		NameConcepts concepts = NameConcepts.builtIn();
		assertThat(concepts.conceptsOf(spelling)).as("not listed as a form").isEmpty();
		assertThat(ids(concepts, concepts.conceptsSoundingLike(spelling))).containsExactly(concept);
	}

	@Test
	void givesNoConceptForASoundTwoNamesShare() {
		NameConcepts concepts = NameConcepts.builtIn();
		// Alisa and Olesia reduce to one skeleton, so it names neither.
		assertThat(concepts.conceptsSoundingLike("olessia")).isEmpty();
	}

	private static Set<String> ids(NameConcepts concepts, int[] numbers) {
		return Arrays.stream(numbers).mapToObj(concepts::idOf).collect(Collectors.toSet());
	}

}
