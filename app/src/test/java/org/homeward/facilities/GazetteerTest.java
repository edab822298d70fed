package org.homeward.facilities;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gazetteer finds settlements as the registry writes them, in any of their names.
 */
class GazetteerTest {

	private final Gazetteer gazetteer = new ResourceGazetteer();

	@ParameterizedTest
	@ValueSource(strings = { "Маріуполь", "Мариуполь", "Mariupol", "MARIUPOL", "м. Маріуполь", " маріуполь " })
	void resolvesMariupolByAnyOfItsNames(String name) {
		Settlement s = this.gazetteer.resolve(name, "Донецька").orElseThrow();
		assertThat(s.ukrainian()).isEqualTo("Маріуполь");
		assertThat(s.latitude()).isCloseTo(47.10, org.assertj.core.data.Offset.offset(0.05));
		assertThat(s.longitude()).isCloseTo(37.54, org.assertj.core.data.Offset.offset(0.05));
	}

	@Test
	void resolvesApostrophesFormerNamesAndOblastSpellings() {
		assertThat(this.gazetteer.resolve("Куп’янськ", "Харківська область")).get()
			.extracting(Settlement::latin)
			.isEqualTo("Kupiansk");
		assertThat(this.gazetteer.resolve("Артемовск", "Донецкая обл.")).get()
			.extracting(Settlement::ukrainian)
			.isEqualTo("Бахмут");
		assertThat(this.gazetteer.resolve("Kropyvnytskyi", null)).isPresent();
		assertThat(this.gazetteer.resolve("Атлантида", "Донецька")).isEmpty();
	}

	@Test
	void findsTheCentreOfAnOblastKnownOnlyByName() {
		assertThat(this.gazetteer.oblastCentre("Донецька")).get()
			.extracting(Settlement::ukrainian)
			.isEqualTo("Донецьк");
		assertThat(this.gazetteer.oblastCentre("Крым")).get()
			.extracting(Settlement::ukrainian)
			.isEqualTo("Сімферополь");
		assertThat(this.gazetteer.oblastCentre("Luhansk")).get()
			.extracting(Settlement::ukrainian)
			.isEqualTo("Луганськ");
	}

	@Test
	void coversEveryOblastCentreAndTheOccupiedAndFrontLineOblasts() {
		List<Settlement> all = this.gazetteer.all();
		assertThat(all).hasSizeGreaterThanOrEqualTo(80);
		for (String oblast : List.of("Вінницька", "Волинська", "Дніпропетровська", "Донецька", "Житомирська",
				"Закарпатська", "Запорізька", "Івано-Франківська", "Київська", "Кіровоградська", "Луганська",
				"Львівська", "Миколаївська", "Одеська", "Полтавська", "Рівненська", "Сумська", "Тернопільська",
				"Харківська", "Херсонська", "Хмельницька", "Черкаська", "Чернівецька", "Чернігівська",
				"Автономна Республіка Крим", "Севастополь")) {
			assertThat(this.gazetteer.oblastCentre(oblast)).as(oblast).isPresent();
		}
		for (String oblast : List.of("Донецька", "Луганська", "Запорізька", "Херсонська", "Харківська", "Миколаївська",
				"Автономна Республіка Крим")) {
			assertThat(all.stream().filter(s -> s.oblast().equals(oblast)).count()).as(oblast)
				.isGreaterThanOrEqualTo(5);
		}
		assertThat(all).allSatisfy(s -> {
			assertThat(s.latitude()).isBetween(44.3, 52.4);
			assertThat(s.longitude()).isBetween(22.1, 40.3);
		});
	}

	@Test
	void everyDemoPlaceOfOriginResolves() throws Exception {
		try (var in = GazetteerTest.class.getResourceAsStream("/demo/names.tsv")) {
			String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			text.lines()
				.filter(l -> l.startsWith("place\t"))
				.map(l -> l.split("\t"))
				.forEach(f -> assertThat(this.gazetteer.resolve(f[2], f[1])).as(f[2]).isPresent());
		}
	}

}
