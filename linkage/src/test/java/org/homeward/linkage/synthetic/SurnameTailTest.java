package org.homeward.linkage.synthetic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurnameTailTest {

	@Test
	void writesAdjectivalSurnamesByGenderAndLanguage() {
		assertThat(SurnameTail.all()).contains(new Surname("Гнатський", "Гнатська", "Гнатский", "Гнатская", 1));
	}

	@Test
	void spellsUkrainianLettersTheRussianWayInRussianForms() {
		assertThat(SurnameTail.all()).contains(new Surname("Оліференко", "Оліференко", "Олиференко", "Олиференко", 1));
	}

	@Test
	void holdsHundredsOfDistinctNames() {
		assertThat(SurnameTail.all().stream().map(Surname::ukMale).distinct().count()).isGreaterThan(500);
	}

}
