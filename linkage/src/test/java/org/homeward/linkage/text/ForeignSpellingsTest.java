package org.homeward.linkage.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ForeignSpellingsTest {

	@ParameterizedTest
	@CsvSource({ "Schewtschenko,shevchenko", "Szewczenko,shevchenko", "Chevtchenko,shevchenko", "Ševčenko,shevchenko",
			"Kowalenko,kovalenko", "Mychajlo,mykhaylo", "Sintschenko,zinchenko", "Kowaltschuk,kovalchuk",
			"Kowalczuk,kovalchuk", "Kovaltchouk,kovalchuk", "Jouk,zhuk", "Żuk,zhuk", "Hryschtschenko,hryshchenko",
			"Poliszczuk,polishchuk", "Krawez,kravets", "Lytwynenko,lytvynenko", "Jurij,yuriy", "Bilyj,bilyi",
			"Savytskyy,savytskyi", "Chomenko,khomenko", "Sachar,zakhar", "Anastassija,anastasiya", "Sawtschuk,savchuk",
			"Slata,zlata", "Shurawel,zhuravel", "Dswintschenko,dzvinchenko", "Dschurenko,dzhurenko", "Sajez,zayets" })
	void readsForeignSpellingsTheEnglishWay(String spelling, String english) {
		assertThat(ForeignSpellings.readings(NameNormaliser.normalise(spelling))).contains(english);
	}

	@ParameterizedTest
	@CsvSource({ "Shevchenko", "Kovalenko", "Zhuk", "Mykhailo", "Kharkiv", "Yurchenko", "Oliinyk" })
	void leavesEnglishSpellingsAsTheyAre(String spelling) {
		assertThat(ForeignSpellings.readings(NameNormaliser.normalise(spelling))).isEmpty();
	}

	@Test
	void readsEveryWordOfAName() {
		assertThat(ForeignSpellings.readings("mychajlo kowalenko")).contains("mykhaylo kovalenko");
	}

	@Test
	void aReadingMeetsTheRomanisationOfTheCyrillicName() {
		assertThat(LatinForms.of("шевченко")).containsAnyElementsOf(ForeignSpellings.readings("schewtschenko"));
		assertThat(LatinForms.of("коваленко")).containsAnyElementsOf(ForeignSpellings.readings("kowalenko"));
	}

}
