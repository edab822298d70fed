package org.homeward.linkage.names;

import java.util.List;

import org.homeward.linkage.text.NameNormaliser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PatronymicsTest {

	private final NameConcepts concepts = NameConcepts.builtIn();

	@ParameterizedTest
	@CsvSource({ "Андрійович,andrii", "Андреевич,andrii", "Andriyovych,andrii", "ANDRIIVNA,andrii", "Андреевна,andrii",
			"Миколаївна,mykola", "Николаевна,mykola", "MYKOLAIVNA,mykola", "Миколайович,mykola", "Игоревич,ihor",
			"Ігорович,ihor", "Валеріївна,valerii", "Валерьевич,valerii", "Фёдоровна,fedir", "VIKTOROVICH,viktor",
			"Дмитриевич,dmytro", "Дмитрович,dmytro", "Васильович,vasyl", "Васильевна,vasyl" })
	void readsTheFathersGivenNameInAnyScript(String patronymic, String father) {
		List<String> fathers = Patronymics.fatherConcepts(NameNormaliser.normalise(patronymic), this.concepts)
			.stream()
			.map(this.concepts::idOf)
			.toList();
		assertThat(fathers).as(patronymic).contains(father);
	}

	@ParameterizedTest
	@CsvSource({ "Андрійович,1", "Андреевич,1", "Andriyovych,1", "Андріївна,2", "Андреевна,2", "ANDRIIVNA,2",
			"Коваленко,0" })
	void tellsASonsPatronymicFromADaughters(String patronymic, int sex) {
		assertThat(Patronymics.sexOf(NameNormaliser.normalise(patronymic))).isEqualTo(sex);
	}

	@ParameterizedTest
	@CsvSource({ "Коваленко", "Шевчук", "Марія" })
	void findsNoFatherInOtherNames(String name) {
		assertThat(Patronymics.fatherConcepts(NameNormaliser.normalise(name), this.concepts)).isEmpty();
	}

}
