package org.homeward.linkage.names;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.linkage.text.NameNormaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameKnowledgeTest {

	private final NameConcepts concepts = NameConcepts.builtIn();

	@Test
	void knowsAtLeastTwoHundredFiftyGivenNames() {
		assertThat(this.concepts.size()).isGreaterThanOrEqualTo(250);
	}

	@ParameterizedTest
	@CsvSource({ "Михайло,Михаил", "Михайло,Mykhailo", "Михайло,Mikhail", "Михайло,Misha", "Михайло,Міша",
			"Михайло,Mychajlo", "Єлизавета,Елизавета", "Єлизавета,Yelyzaveta", "Єлизавета,Liza", "Єлизавета,Ліза",
			"Олександр,Александр", "Олександр,Oleksandr", "Олександр,Aleksandr", "Олександр,Sasha", "Олександр,Саша",
			"Олексій,Alexey", "Юрій,Yurii", "Ганна,Anna", "Дарина,Дарья", "Артем,Artyom", "Катерина,Екатерина",
			"Юхим,Ефим", "Яким,Аким", "Зиновій,Зиновий", "Родіон,Rodion", "Наталія,Наталка", "Тимофій,Тимко" })
	void joinsFormsOfOneName(String left, String right) {
		assertThat(ids(left)).containsAnyElementsOf(ids(right));
		assertThat(ids(right)).containsAnyElementsOf(ids(left));
	}

	@ParameterizedTest
	@CsvSource({ "Олександр,Олексій", "Іван,Іванна", "Олександр,Олександра", "Ольга,Олег", "Анна,Інна" })
	void keepsDifferentNamesApart(String left, String right) {
		assertThat(ids(left)).doesNotContainAnyElementsOf(ids(right));
	}

	@Test
	void knowsFormerAndRussianPlaceNames() {
		NameConcepts places = NameConcepts.places();
		assertThat(places.conceptsOf(NameNormaliser.normalise("Артемовск")))
			.containsAnyOf(places.conceptsOf(NameNormaliser.normalise("Бахмут")));
		assertThat(places.conceptsOf("crimea")).containsAnyOf(places.conceptsOf(NameNormaliser.normalise("АР Крим")));
	}

	@ParameterizedTest
	@CsvSource({ "олійник,олейник", "зборовський,зборовский", "зборовська,зборовская", "зборовський,зборовська",
			"білий,белый", "ковальов,ковалёв", "рибак,рыбак", "смирнов,смирнова", "ткачов,ткачёв", "ткачова,ткачева",
			"чорна,черная", "пилипенко,филипенко", "пилипчук,филипчук" })
	void givesUkrainianRussianAndGenderedSurnameForms(String ukrainian, String other) {
		assertThat(SurnameForms.builtIn().variantsOf(ukrainian)).contains(other);
		assertThat(SurnameForms.builtIn().variantsOf(other)).contains(ukrainian);
	}

	/*
	 * -енко is the same in Ukrainian and Russian and for both sexes; its only other form
	 * is the Belarusian -енка (-энка after a hard consonant, with ў for в before a
	 * consonant), which records written in Belarus use.
	 */
	@ParameterizedTest
	@CsvSource({ "коваленко,коваленка", "шевченко,шаўчэнка", "кравченко,краўчэнка", "ткаченко,ткачэнка",
			"бондаренко,бондарэнка" })
	void readsTheBelarusianFormOfEnko(String ukrainian, String belarusian) {
		assertThat(SurnameForms.builtIn().variantsOf(ukrainian)).contains(belarusian)
			.noneMatch((form) -> form.endsWith("енкова") || form.endsWith("енкая"));
		assertThat(SurnameForms.builtIn().variantsOf(belarusian)).contains(ukrainian);
	}

	private Set<String> ids(String name) {
		String normalised = NameNormaliser.normalise(name);
		return Arrays.stream(this.concepts.conceptsOf(normalised))
			.mapToObj(this.concepts::idOf)
			.collect(Collectors.toSet());
	}

}
