package org.homeward.linkage.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RomanisationTest {

	@Test
	void followsTheOfficialNational2010TestVectors() throws IOException {
		Path vectors = Path.of(System.getProperty("homeward.root", ".."), "..", "shared", "data", "translit",
				"vectors.csv");
		List<String[]> national = Files.readAllLines(vectors, StandardCharsets.UTF_8)
			.stream()
			.map((line) -> line.split(","))
			.filter((cells) -> cells[0].equals("ukr-national-2010"))
			.toList();
		assertThat(national).hasSizeGreaterThan(50);
		for (String[] cells : national) {
			assertThat(Romanisation.UKRAINIAN_NATIONAL_2010.apply(cells[2])).as(cells[2]).isEqualTo(cells[3]);
		}
	}

	@ParameterizedTest
	@CsvSource({ "UKRAINIAN_NATIONAL_2010,Михайло Коваленко,Mykhailo Kovalenko",
			"UKRAINIAN_NATIONAL_2010,Юрій Згурський,Yurii Zghurskyi", "UKRAINIAN_NATIONAL_2010,Слов'янськ,Sloviansk",
			"UKRAINIAN_BGN_PCGN,Михайло Юрійович,Mykhaylo Yuriyovych", "UKRAINIAN_BGN_PCGN,Ігор,Ihor",
			"RUSSIAN_BGN_PCGN,Михаил Олейник,Mikhail Oleynik", "RUSSIAN_BGN_PCGN,Александр,Aleksandr",
			"RUSSIAN_BGN_PCGN,Евгений Соловьёв,Yevgeniy Solovyov", "RUSSIAN_BGN_PCGN,Наталья,Natalya",
			"GERMAN,Михайло Коваленко,Mychajlo Kowalenko", "GERMAN,Шевченко,Schewtschenko", "POLISH,Михайло,Mychajło",
			"POLISH,Олександр Шевченко,Ołeksandr Szewczenko", "POLISH,Людмила,Ludmyła", "ICAO_9303,МИХАЙЛО,MIKHAILO",
			"ICAO_9303,Юрій,Iurii", "ICAO_9303,Анастасія,Anastasiia" })
	void rendersNamesTheWayEachSystemDoes(Romanisation system, String cyrillic, String latin) {
		assertThat(system.apply(cyrillic)).isEqualTo(latin);
	}

	@Test
	void keepsCapitalsAndCopiesLatin() {
		assertThat(Romanisation.UKRAINIAN_NATIONAL_2010.apply("ЩЕРБАК")).isEqualTo("SHCHERBAK");
		assertThat(Romanisation.UKRAINIAN_NATIONAL_2010.apply("Щербак")).isEqualTo("Shcherbak");
		assertThat(Romanisation.GERMAN.apply("Mary-Ann")).isEqualTo("Mary-Ann");
	}

}
