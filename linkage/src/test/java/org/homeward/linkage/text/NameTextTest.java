package org.homeward.linkage.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameTextTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Знам’янка|знамянка", "Знамʼянка|знамянка", "Знам'янка|знамянка", "Знам`янка|знамянка",
					"  KOVALENKO,  Mykhailo |kovalenko mykhailo", "Анна-Марія|анна марія", "Васiльева|васільева",
					"ＭＩＫＨＡＩＬ|mikhail", "O'Brien|obrien" })
	void normalisesCaseApostrophesPunctuationAndLookalikes(String raw, String normalised) {
		assertThat(NameNormaliser.normalise(raw)).isEqualTo(normalised);
	}

	@ParameterizedTest
	@CsvSource({ "михайло,CYRILLIC_UNDETERMINED", "олійник,UKRAINIAN", "ґалаґан,UKRAINIAN", "артём,RUSSIAN",
			"эдуард,RUSSIAN", "подъячев,RUSSIAN", "рыбаков,RUSSIAN", "mykhailo,LATIN", "1234,OTHER" })
	void detectsScriptAndLanguage(String normalised, TextLanguage language) {
		assertThat(TextLanguage.detect(normalised)).isEqualTo(language);
	}

	@ParameterizedTest
	@CsvSource({ "Mykhailo,Mikhail", "Mykhailo,Mychajlo", "Mykhailo,Michail", "Kovalenko,Kowalenko", "Oliinyk,Oleinik",
			"Ivashchenko,Iwaszczenko", "Ivashchenko,Ivaschenko", "Olha,Olga", "Hryhorii,Grigoriy", "Yuliia,Julija",
			"Kovalchuk,Kowaltschuk", "Tsybulia,Cybulja", "Zhukov,Žukov" })
	void givesOneSkeletonToRomanisationVariants(String left, String right) {
		assertThat(skeletons(left)).containsAnyElementsOf(skeletons(right));
		assertThat(skeletons(right)).containsAnyElementsOf(skeletons(left));
	}

	@ParameterizedTest
	@CsvSource({ "Olha,Oleh", "Ivanna,Ivan", "Oleksandra,Oleksandr", "Anna,Inna" })
	void keepsGivenNamesOfTheOtherSexApart(String left, String right) {
		assertThat(PhoneticSkeleton.of(left, false, true)).isNotEqualTo(PhoneticSkeleton.of(right, false, true));
	}

	@Test
	void unifiesGenderedSurnamesInFamilyMode() {
		assertThat(PhoneticSkeleton.of("Zhytomyrska", false, false))
			.isEqualTo(PhoneticSkeleton.of("Zhitomirskiy", false, false));
		assertThat(PhoneticSkeleton.of("Smirnova", false, false))
			.isEqualTo(PhoneticSkeleton.of("Smirnov", false, false));
	}

	@Test
	void listsLatinFormsOfCyrillicNames() {
		assertThat(LatinForms.of("михайло")).contains("mykhailo", "mikhailo", "mykhaylo", "mihajlo");
		assertThat(LatinForms.of("олійник")).first().isEqualTo("oliinyk");
		assertThat(LatinForms.of("mychajło")).containsExactly("mychajlo");
	}

	private static java.util.Set<String> skeletons(String latin) {
		return new java.util.HashSet<>(
				java.util.List.of(PhoneticSkeleton.of(latin, false, true), PhoneticSkeleton.of(latin, true, true)));
	}

}
