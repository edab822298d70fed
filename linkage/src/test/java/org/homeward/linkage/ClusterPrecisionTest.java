package org.homeward.linkage;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.linkage.CrossScriptMatchingTest.person;

/**
 * Clustering that keeps one child's records apart from another's: member-level conflicts
 * across whole clusters and the cut at weak bridges. All children here are invented.
 */
class ClusterPrecisionTest {

	private static final LinkageEngine ENGINE = LinkageEngine.create(FieldProfile.person());

	private static final List<PreparedRecord> RECORDS = ENGINE
		.prepareAll(List.of(person("ua-1", "Іван", "Коваль", "Петрович", "M", "2015-03-01", "Херсон", "Херсонська"),
				person("list-1", "IVAN", "KOVAL", "PETROVYCH", "M", "2015-03-01", "KHERSON", ""),
				person("ua-2", "Петро", "Коваль", "Петрович", "M", "2015-03-01", "Херсон", "Херсонська"),
				person("list-2", "PETRO", "KOVAL", "PETROVYCH", "M", "2015-03-01", "KHERSON", ""),
				person("social-1", "", "Коваль", "", "M", "2015", "Херсон", ""),
				person("ua-3", "Емілія", "Кондратенко", "Максимівна", "F", "2011-12-29", "Маріуполь", "Донецька"),
				person("family-1", "Емілія", "", "Максимівна", "F", "2011", "Маріуполь", ""),
				person("ua-4", "Емілія", "Грачак", "Максимівна", "F", "2011-01-25", "Маріуполь", "Донецька"),
				person("ua-5", "Емілія", "Кондратенко", "Максимівна", "F", "2011-12-29", "Бердянськ", "Запорізька"),
				person("ru-1", "Эмилия", "Кондратенко", "Максимовна", "F", "2011-12-20", "Мариуполь", ""),
				person("ru-2", "Эмилия", "Козлова", "Ивановна", "F", "2011-12-29", "Мариуполь", ""),
				person("news-1", "Oleksandr", "Vasylenko", "", "M", "2004", "Mariupol", ""),
				person("ua-6", "Олександр", "Василенко", "Ярославович", "M", "2012-09-05", "Маріуполь", "Донецька"),
				person("news-2", "Oleksandr", "Vasylenko", "", "M", "2011", "Mariupol", "")));

	private static final RecordConflicts CONFLICTS = new RecordConflicts(new Scorer(ENGINE.model()), RECORDS);

	@Test
	void keepsTwinsApartWhenASparseMentionMatchesBoth() {
		ClusterBuilder clusters = new ClusterBuilder(RECORDS.size(), CONFLICTS);
		assertThat(clusters.union(0, 1)).isTrue();
		assertThat(clusters.union(2, 3)).isTrue();
		assertThat(clusters.union(4, 0)).isTrue();
		assertThat(clusters.union(4, 2)).isFalse();
		assertThat(clusters.find(0)).isNotEqualTo(clusters.find(2));
	}

	@Test
	void cutsAChainWhoseEndsDisagreeOnTwoFacts() {
		ClusterBuilder clusters = new ClusterBuilder(RECORDS.size(), CONFLICTS);
		assertThat(clusters.union(5, 6)).isTrue();
		assertThat(clusters.union(6, 7)).isFalse();
		assertThat(clusters.find(7)).isNotEqualTo(clusters.find(5));
	}

	@Test
	void conflictsOnFamilyNameAndABirthDateShiftedWithinTheYear() {
		assertThat(CONFLICTS.conflicts(5, 7)).isTrue();
		assertThat(CONFLICTS.conflicts(7, 5)).isTrue();
	}

	@Test
	void toleratesOneDisagreementAndATypo() {
		assertThat(CONFLICTS.conflicts(5, 8)).isFalse();
		assertThat(CONFLICTS.conflicts(5, 9)).isFalse();
		assertThat(CONFLICTS.conflicts(8, 9)).isFalse();
	}

	@Test
	void excusesANewFamilyNameAndPatronymicWithTheSameBirthDate() {
		assertThat(CONFLICTS.conflicts(5, 10)).isFalse();
		assertThat(CONFLICTS.conflicts(7, 10)).isTrue();
	}

	/*
	 * A year alone conflicts with a date two or more years off, not with one a year off.
	 */
	@Test
	void conflictsOnBirthYearsTwoApart() {
		assertThat(CONFLICTS.conflicts(11, 12)).isTrue();
		assertThat(CONFLICTS.conflicts(13, 12)).isFalse();
	}

	/*
	 * Record 4 (Коваль, 2015, Херсон) matches Іван and Петро Коваль (records 0 and 2, who
	 * conflict): within a bit of each other it is ambiguous, further apart it is not;
	 * records whose best partners agree with each other are never ambiguous.
	 */
	@Test
	void findsARecordThatMatchesTwoConflictingRecordsAlike() {
		boolean[] close = AmbiguousRecords.find(RECORDS.size(), ScoredPairs.strongestFirst(
				new long[] { pair(0, 4), pair(2, 4), pair(0, 1) }, new float[] { 20, 19.5f, 30 }), 10, CONFLICTS);
		assertThat(close[4]).isTrue();
		assertThat(close[0]).isFalse();
		assertThat(close[1]).isFalse();
		boolean[] apart = AmbiguousRecords.find(RECORDS.size(),
				ScoredPairs.strongestFirst(new long[] { pair(0, 4), pair(2, 4) }, new float[] { 20, 18.5f }), 10,
				CONFLICTS);
		assertThat(apart[4]).isFalse();
		boolean[] belowMatch = AmbiguousRecords.find(RECORDS.size(),
				ScoredPairs.strongestFirst(new long[] { pair(0, 4), pair(2, 4) }, new float[] { 20, 9.5f }), 10,
				CONFLICTS);
		assertThat(belowMatch[4]).isFalse();
		boolean[] agreeing = AmbiguousRecords.find(RECORDS.size(),
				ScoredPairs.strongestFirst(new long[] { pair(0, 4), pair(1, 4) }, new float[] { 20, 20 }), 10,
				CONFLICTS);
		assertThat(agreeing[4]).isFalse();
	}

	@Test
	void splitsTwoGroupsHeldTogetherByOneWeakPair() {
		ScoredPairs pairs = triangles(15);
		int[] groups = new WeakBridgeSplitter(pairs, 10, 25, 2).split(new int[] { 0, 0, 0, 0, 0, 0 });
		assertThat(groups[0]).isEqualTo(groups[1]).isEqualTo(groups[2]);
		assertThat(groups[3]).isEqualTo(groups[4]).isEqualTo(groups[5]);
		assertThat(groups[0]).isNotEqualTo(groups[3]);
	}

	@Test
	void keepsAStrongBridge() {
		int[] groups = new WeakBridgeSplitter(triangles(30), 10, 25, 2).split(new int[] { 0, 0, 0, 0, 0, 0 });
		assertThat(groups).containsOnly(groups[0]);
	}

	@Test
	void keepsGroupsJoinedByTwoPairs() {
		ScoredPairs pairs = ScoredPairs.strongestFirst(new long[] { pair(0, 1), pair(1, 2), pair(0, 2), pair(3, 4),
				pair(4, 5), pair(3, 5), pair(2, 3), pair(1, 4) }, new float[] { 20, 20, 20, 20, 20, 20, 15, 15 });
		int[] groups = new WeakBridgeSplitter(pairs, 10, 25, 2).split(new int[] { 0, 0, 0, 0, 0, 0 });
		assertThat(groups).containsOnly(groups[0]);
	}

	@Test
	void keepsASingleRecordHangingByOnePair() {
		ScoredPairs pairs = ScoredPairs.strongestFirst(new long[] { pair(0, 1), pair(1, 2), pair(0, 2), pair(2, 3) },
				new float[] { 20, 20, 20, 15 });
		int[] groups = new WeakBridgeSplitter(pairs, 10, 25, 2).split(new int[] { 0, 0, 0, 0 });
		assertThat(groups).containsOnly(groups[0]);
	}

	@Test
	void keepsCannotLinksAfterASplit() {
		ClusterBuilder clusters = new ClusterBuilder(4);
		clusters.union(0, 1);
		clusters.union(2, 3);
		clusters.addCannotLink(1, 2);
		clusters.regroup(new int[] { 0, 0, 1, 2 });
		assertThat(clusters.find(1)).isEqualTo(clusters.find(0));
		assertThat(clusters.find(3)).isNotEqualTo(clusters.find(2));
		assertThat(clusters.union(0, 2)).isFalse();
		assertThat(clusters.union(0, 3)).isTrue();
	}

	private static ScoredPairs triangles(float bridge) {
		return ScoredPairs.strongestFirst(
				new long[] { pair(0, 1), pair(1, 2), pair(0, 2), pair(3, 4), pair(4, 5), pair(3, 5), pair(2, 3) },
				new float[] { 20, 20, 20, 20, 20, 20, bridge });
	}

	private static long pair(int i, int j) {
		return ((long) i << 32) | j;
	}

}
