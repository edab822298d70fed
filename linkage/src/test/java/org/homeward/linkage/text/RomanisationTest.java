package org.homeward.linkage.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Romanisation against the reference pairs of {@code shared/data/translit/vectors.csv}
 * (Interscript test blocks) and against the ICAO Doc 9303 Part 3 table.
 */
class RomanisationTest {

	static Path vectors() {
		return Path.of(System.getProperty("homeward.root", ".."))
			.resolve("../shared/data/translit/vectors.csv")
			.normalize();
	}

	static List<CSVRecord> rows(String standard) throws IOException {
		try (Reader reader = Files.newBufferedReader(vectors(), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader,
						CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return parser.getRecords().stream().filter((r) -> r.get("standard").equals(standard)).toList();
		}
	}

	static Stream<Arguments> pairs(String standard) throws IOException {
		return rows(standard).stream().map((r) -> Arguments.of(unescape(r.get("cyrillic")), unescape(r.get("latin"))));
	}

	static Stream<Arguments> ukrainianNational() throws IOException {
		return Stream.concat(pairs("ukr-national-2010"), pairs("ukr-bgnpcgn-2019"));
	}

	static Stream<Arguments> russianBgn() throws IOException {
		return pairs("rus-bgnpcgn-1947");
	}

	static Stream<Arguments> russianGost() throws IOException {
		return pairs("rus-gost-7.79-2000-b");
	}

	/* Interscript writes newlines and quotes inside test strings as \n and \". */
	private static String unescape(String text) {
		return text.replace("\\n", "\n").replace("\\\"", "\"");
	}

	@Test
	void findsTheReferenceVectors() throws IOException {
		assertThat(vectors()).exists();
		assertThat(ukrainianNational()).hasSize(115);
		assertThat(russianBgn()).hasSize(18);
		assertThat(russianGost()).hasSize(33);
	}

	/* BGN/PCGN Ukrainian 2019 adopted the national 2010 system, so both blocks apply. */
	@ParameterizedTest
	@MethodSource("ukrainianNational")
	void romanisesUkrainianByNationalSystem(String cyrillic, String latin) {
		assertThat(Romanisation.UKRAINIAN_NATIONAL_2010.romanise(cyrillic, TextLanguage.UKRAINIAN)).isEqualTo(latin);
		assertThat(Romanisation.UKRAINIAN_NATIONAL_2010.romanise(latin, TextLanguage.UKRAINIAN)).isEqualTo(latin);
	}

	/*
	 * The engine removes BGN's separator dot and prime marks, so the reference is cleaned
	 * alike.
	 */
	@ParameterizedTest
	@MethodSource("russianBgn")
	void romanisesRussianByBgnPcgn(String cyrillic, String latin) {
		String expected = IcuRomaniser.clean(latin);
		assertThat(Romanisation.BGN_PCGN.romanise(cyrillic, TextLanguage.RUSSIAN)).isEqualTo(expected);
		assertThat(Romanisation.BGN_PCGN.romanise(expected, TextLanguage.RUSSIAN)).isEqualTo(expected);
	}

	/*
	 * The block labelled system B uses the one-letter diacritic table, which is system A.
	 */
	@ParameterizedTest
	@MethodSource("russianGost")
	void romanisesRussianByGost(String cyrillic, String latin) {
		assertThat(Romanisation.GOST_7_79_A.romanise(cyrillic, TextLanguage.RUSSIAN)).isEqualTo(latin);
	}

	@ParameterizedTest
	@CsvSource({ "Михайло,Mykhailo", "Ольга,Olga", "Олександр,Oleksandr", "Євгенія,Ievgeniia", "Юлія,Iuliia",
			"Щербак,Shcherbak", "Їжакевич,Izhakevych", "Григорій,Grygorii", "Мар'яна,Mariana", "Ґалаґан,Galagan",
			"Цибуля,Tsybulia", "ХАРКІВ,KHARKIV" })
	void romanisesUkrainianByIcao(String cyrillic, String latin) {
		assertThat(Romanisation.ICAO_9303.romanise(cyrillic, TextLanguage.UKRAINIAN)).isEqualTo(latin);
	}

	@ParameterizedTest
	@CsvSource({ "Михаил,Mikhail", "Юлия,Iuliia", "Подъячев,Podieiachev", "Артём,Artem", "Эдуард,Eduard",
			"Елизавета,Elizaveta", "Дарья,Daria", "Рыбаков,Rybakov", "Щукин,Shchukin", "Цой,Tsoi", "Хабаров,Khabarov",
			"Жуков,Zhukov", "Чайковский,Chaikovskii" })
	void romanisesRussianByIcao(String cyrillic, String latin) {
		assertThat(Romanisation.ICAO_9303.romanise(cyrillic, TextLanguage.RUSSIAN)).isEqualTo(latin);
	}

	@ParameterizedTest
	@CsvSource({ "центр,centr", "щит,shhit", "цыган,cy`gan", "съезд,s``ezd", "южный,yuzhny`j", "эхо,e`xo" })
	void romanisesRussianByGostSystemB(String cyrillic, String latin) {
		assertThat(Romanisation.GOST_7_79_B.romanise(cyrillic, TextLanguage.RUSSIAN)).isEqualTo(latin);
	}

	@Test
	void romanisesUkrainianLettersInRussianBgn() {
		assertThat(Romanisation.BGN_PCGN.romanise("Кадиївка", TextLanguage.RUSSIAN)).isEqualTo("Kadiyivka");
		assertThat(Romanisation.BGN_PCGN.romanise("Михайло", TextLanguage.UKRAINIAN)).isEqualTo("Mykhaylo");
	}

	@Test
	void romanisesAnythingByIcuToAscii() {
		assertThat(Romanisation.ICU_ANY_LATIN.romanise("Михайло Коваленко", TextLanguage.UKRAINIAN))
			.isEqualTo("Mihajlo Kovalenko");
	}

}
