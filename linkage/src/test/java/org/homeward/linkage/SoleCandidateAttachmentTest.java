package org.homeward.linkage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SoleCandidateAttachmentTest {

	private static final double ATTACH = 10;

	@Test
	void attachesALoneRecordToItsSoleCandidateCluster() {
		ClusterBuilder clusters = cluster(5, 0, 1);
		boolean[] attached = SoleCandidateAttachment.attach(clusters, pairs(pair(2, 0), pair(2, 1)),
				new float[] { 11, 12 }, ATTACH);
		assertThat(clusters.find(2)).isEqualTo(clusters.find(0));
		assertThat(attached).containsExactly(false, true);
	}

	@Test
	void leavesARecordWithTwoCandidateClustersAlone() {
		ClusterBuilder clusters = cluster(5, 0, 1);
		clusters.union(3, 4);
		SoleCandidateAttachment.attach(clusters, pairs(pair(2, 0), pair(2, 3)), new float[] { 12, 11 }, ATTACH);
		assertThat(clusters.find(2)).isNotIn(clusters.find(0), clusters.find(3));
	}

	@Test
	void ignoresPairsBelowTheAttachmentWeight() {
		ClusterBuilder clusters = cluster(5, 0, 1);
		SoleCandidateAttachment.attach(clusters, pairs(pair(2, 0)), new float[] { 9 }, ATTACH);
		assertThat(clusters.find(2)).isNotEqualTo(clusters.find(0));
	}

	@Test
	void attachesTwoMentionsThatAgreeOnTheirCluster() {
		ClusterBuilder clusters = cluster(5, 0, 1);
		SoleCandidateAttachment.attach(clusters, pairs(pair(2, 0), pair(3, 1), pair(2, 3)), new float[] { 12, 12, 11 },
				ATTACH);
		assertThat(clusters.find(2)).isEqualTo(clusters.find(0));
		assertThat(clusters.find(3)).isEqualTo(clusters.find(0));
	}

	@Test
	void keepsMentionsThatLeanToRivalClustersApart() {
		ClusterBuilder clusters = cluster(6, 0, 1);
		clusters.union(4, 5);
		SoleCandidateAttachment.attach(clusters, pairs(pair(2, 0), pair(3, 4), pair(2, 3)), new float[] { 12, 12, 11 },
				ATTACH);
		assertThat(clusters.find(2)).isNotEqualTo(clusters.find(0));
		assertThat(clusters.find(3)).isNotEqualTo(clusters.find(4));
	}

	@Test
	void countsARivalJustBelowTheAttachmentWeight() {
		ClusterBuilder clusters = cluster(5, 0, 1);
		clusters.union(3, 4);
		float rival = (float) (ATTACH - SoleCandidateAttachment.RIVAL_MARGIN / 2);
		SoleCandidateAttachment.attach(clusters, pairs(pair(2, 0), pair(2, 3)), new float[] { 12, rival }, ATTACH);
		assertThat(clusters.find(2)).isNotIn(clusters.find(0), clusters.find(3));
	}

	@Test
	void ignoresARivalFarBelowTheAttachmentWeight() {
		ClusterBuilder clusters = cluster(5, 0, 1);
		clusters.union(3, 4);
		float weak = (float) (ATTACH - SoleCandidateAttachment.RIVAL_MARGIN * 2);
		SoleCandidateAttachment.attach(clusters, pairs(pair(2, 0), pair(2, 3)), new float[] { 12, weak }, ATTACH);
		assertThat(clusters.find(2)).isEqualTo(clusters.find(0));
	}

	@Test
	void joinsTwoLoneMentionsThatOnlyHaveEachOther() {
		ClusterBuilder clusters = new ClusterBuilder(3);
		SoleCandidateAttachment.attach(clusters, pairs(pair(0, 1)), new float[] { 12 }, ATTACH);
		assertThat(clusters.find(0)).isEqualTo(clusters.find(1));
	}

	@Test
	void neverMergesTwoClusters() {
		ClusterBuilder clusters = cluster(4, 0, 1);
		clusters.union(2, 3);
		SoleCandidateAttachment.attach(clusters, pairs(pair(1, 2)), new float[] { 12 }, ATTACH);
		assertThat(clusters.find(0)).isNotEqualTo(clusters.find(2));
	}

	/*
	 * "Nazar Sydorchuk, Polohy" in a registry, alone, and two news items that point at it
	 * and nowhere else: the strongest joins it first, the other then attaches to the
	 * pair.
	 */
	@Test
	void joinsMentionsToTheLoneRecordTheyAllPointAt() {
		ClusterBuilder clusters = new ClusterBuilder(3);
		SoleCandidateAttachment.attach(clusters, pairs(pair(0, 1), pair(0, 2)), new float[] { 13, 12 }, ATTACH);
		assertThat(clusters.find(1)).isEqualTo(clusters.find(0));
		assertThat(clusters.find(2)).isEqualTo(clusters.find(0));
	}

	/*
	 * Record 2 points at the cluster {0, 1} and at the cluster {3, 4}, but contradicts
	 * record 4 (say, another full birth date): {3, 4} is no candidate, and {0, 1} is the
	 * only one.
	 */
	@Test
	void doesNotCountAClusterTheRecordContradictsAsARival() {
		ClusterBuilder clusters = new ClusterBuilder(5, (a, b) -> Math.min(a, b) == 2 && Math.max(a, b) == 4);
		clusters.union(0, 1);
		clusters.union(3, 4);
		SoleCandidateAttachment.attach(clusters, pairs(pair(2, 0), pair(2, 3)), new float[] { 12, 12 }, ATTACH);
		assertThat(clusters.find(2)).isEqualTo(clusters.find(0));
		assertThat(clusters.find(2)).isNotEqualTo(clusters.find(3));
	}

	@Test
	void stillCountsARivalTheRecordCouldJoin() {
		ClusterBuilder clusters = new ClusterBuilder(5, (a, b) -> false);
		clusters.union(0, 1);
		clusters.union(3, 4);
		SoleCandidateAttachment.attach(clusters, pairs(pair(2, 0), pair(2, 3)), new float[] { 12, 12 }, ATTACH);
		assertThat(clusters.find(2)).isNotIn(clusters.find(0), clusters.find(3));
	}

	private static ClusterBuilder cluster(int records, int a, int b) {
		ClusterBuilder clusters = new ClusterBuilder(records);
		clusters.union(a, b);
		return clusters;
	}

	private static long pair(int i, int j) {
		return ((long) Math.min(i, j) << 32) | Math.max(i, j);
	}

	private static long[] pairs(long... pairs) {
		return pairs;
	}

}
