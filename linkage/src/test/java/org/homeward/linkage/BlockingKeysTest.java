package org.homeward.linkage;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.linkage.CrossScriptMatchingTest.person;

/**
 * Blocking keys of the person profile that survive script, romanisation and renaming. All
 * children here are invented.
 */
class BlockingKeysTest {

	private static final LinkageEngine ENGINE = LinkageEngine.create(FieldProfile.person());

	@Test
	void blocksAGivenNameWithTheBirthYear() {
		assertCandidates(person("news-1", "Alina", "", "", "F", "2006", "", ""),
				person("ua-1", "Аліна", "Нестеренко", "Петрівна", "F", "2006-04-02", "Волноваха", "Донецька"));
	}

	@Test
	void blocksARenamedChildOnPatronymicAndBirthDate() {
		assertCandidates(person("ua-2", "Богдан", "Бойко", "Андрійович", "M", "2012-03-04", "Херсон", ""),
				person("ru-2", "Никита", "Попов", "Андреевич", "M", "2012-04-03", "", ""));
	}

	@Test
	void blocksAFamilyNameWithThePatronymic() {
		assertCandidates(person("ua-3", "Мілана", "Ткачук", "Денисівна", "F", "2022-02-28", "Маріуполь", ""),
				person("list-3", "", "Ткачук", "Денисовна", "F", "", "", ""));
	}

	/*
	 * Чорненко's ICU form cornenko sounds like Корній, Moroz read as German (morots) like
	 * Marko: neither may give the surname a given-name concept, or its Cyrillic and Latin
	 * spellings block apart.
	 */
	@Test
	void blocksASurnameInBothScriptsAlikeThoughOneFormSoundsLikeAGivenName() {
		assertCandidates(person("ua-4", "Олександр", "Чорненко", "", "M", "", "", ""),
				person("news-4", "Aleksandr", "Chornenko", "", "", "", "", ""));
		assertCandidates(person("ua-5", "Аліна", "Мороз", "", "F", "", "", ""),
				person("news-5", "Alina", "Moroz", "", "", "", "", ""));
	}

	/*
	 * Слава stands for Ярослав, Станіслав, В'ячеслав and more: it blocks with each of
	 * them, while Ярослав and Станіслав of the same year no longer share a key of their
	 * own.
	 */
	@Test
	void blocksANameThatStandsForSeveralWithEachOfThem() {
		InputRecord slava = person("post-6", "Слава", "", "", "M", "2012", "", "");
		InputRecord yaroslav = person("ua-6", "Ярослав", "Бондар", "Петрович", "M", "2012-05-06", "Херсон", "");
		InputRecord stanislav = person("ua-7", "Станіслав", "Гнатюк", "Іванович", "M", "2012-09-10", "Ізюм", "");
		assertCandidates(slava, yaroslav);
		assertCandidates(slava, stanislav);
		List<PreparedRecord> prepared = ENGINE.prepareAll(List.of(yaroslav, stanislav));
		BlockingReport report = ENGINE.assessBlocking(prepared, List.of(List.of(yaroslav.id(), stanislav.id())));
		assertThat(report.pairCompleteness()).isZero();
	}

	private static void assertCandidates(InputRecord a, InputRecord b) {
		List<PreparedRecord> prepared = ENGINE.prepareAll(List.of(a, b));
		BlockingReport report = ENGINE.assessBlocking(prepared, List.of(List.of(a.id(), b.id())));
		assertThat(report.pairCompleteness()).isEqualTo(1.0);
	}

}
