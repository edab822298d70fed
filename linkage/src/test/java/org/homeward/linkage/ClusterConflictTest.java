package org.homeward.linkage;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.linkage.CrossScriptMatchingTest.person;

/**
 * Transitive-closure risk control: {@link ClusterBuilder} with {@link RecordConflicts}.
 * All children here are invented.
 */
class ClusterConflictTest {

	private static final LinkageEngine ENGINE = LinkageEngine.create(FieldProfile.person());

	private static final List<PreparedRecord> RECORDS = ENGINE.prepareAll(
			List.of(person("ua-1", "Вероніка", "Кравчук", "Сергіївна", "F", "2020-09-22", "Харків", "Харківська"),
					person("news-1", "Veronika", "Kravchuk", "", "F", "", "Kharkiv", ""),
					person("ua-2", "Вероніка", "Кравчук", "Іванівна", "F", "2016-02-03", "Харків", "Харківська"),
					person("ua-3", "Вероніка", "Кравчук", "", "F", "2016-02-03", "Харків", "Харківська"),
					person("ru-1", "Вероника", "Кравчук", "Ивановна", "F", "2020-09-22", "Харьков", ""),
					person("list-1", "VERONIKA", "KRAVCHUK", "", "F", "2020-09-22", "KHARKIV", "")));

	private static ClusterBuilder clusters() {
		return new ClusterBuilder(RECORDS.size(), new RecordConflicts(new Scorer(ENGINE.model()), RECORDS));
	}

	@Test
	void refusesToJoinNamesakesThroughASparseMention() {
		ClusterBuilder clusters = clusters();
		assertThat(clusters.union(0, 1)).isTrue();
		assertThat(clusters.union(2, 3)).isTrue();
		assertThat(clusters.union(1, 3)).isFalse();
		assertThat(clusters.find(0)).isNotEqualTo(clusters.find(2));
		assertThat(clusters.refusedMerges()).isEqualTo(1);
	}

	@Test
	void refusesToJoinSameFamilyNameWithAnotherFather() {
		ClusterBuilder clusters = clusters();
		assertThat(clusters.union(0, 1)).isTrue();
		assertThat(clusters.union(1, 4)).isFalse();
	}

	@Test
	void judgesTheLinkingPairByItsWeightAlone() {
		ClusterBuilder clusters = clusters();
		assertThat(clusters.union(0, 2)).isTrue();
	}

	/*
	 * A new family name and a new patronymic with the same full birth date: a child
	 * renamed at a Russian adoption when one of the family names is Russian in form
	 * (Смирнов), two children otherwise (Довгалович and Несторів).
	 */
	@Test
	void excusesANewNameAndPatronymicOnlyWhenTheNewNameIsRussian() {
		List<PreparedRecord> records = ENGINE
			.prepareAll(List.of(person("ua-7", "Михайло", "Коваленко", "Петрович", "M", "2014-03-15", "Маріуполь", ""),
					person("ru-7", "Михаил", "Смирнов", "Иванович", "M", "2014-03-15", "Мариуполь", ""),
					person("ua-8", "Марія", "Довгалович", "Володимирівна", "F", "2010-08-22", "Маріуполь", ""),
					person("ua-9", "Марія", "Несторів", "Павлівна", "F", "2010-08-22", "Маріуполь", "")));
		RecordConflicts conflicts = new RecordConflicts(new Scorer(ENGINE.model()), records);
		assertThat(conflicts.conflicts(0, 1)).isFalse();
		assertThat(conflicts.conflicts(2, 3)).isTrue();
	}

	@Test
	void joinsRecordsThatAgree() {
		ClusterBuilder clusters = clusters();
		assertThat(clusters.union(0, 1)).isTrue();
		assertThat(clusters.union(1, 5)).isTrue();
		assertThat(clusters.find(5)).isEqualTo(clusters.find(0));
	}

}
