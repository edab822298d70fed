package org.homeward.linkage;

import java.util.Arrays;

/**
 * Attaches a record that the match threshold left alone to the one cluster its
 * review-band pairs point to. A sparse mention ("Davyd Chornyi", nothing else) never
 * reaches the match threshold against any one record, yet when every pair it has above
 * the attachment weight leads into the same cluster, and into no other, that cluster is
 * the only candidate the data offers. A mention with pairs into two clusters stays in
 * review: it is ambiguous, and a wrong merge is worse than a missed link. A rival cluster
 * counts from {@link #RIVAL_MARGIN} bits below the attachment weight, and only when the
 * mention could join it: a cluster that holds a record the mention contradicts (another
 * full birth date, another given name) is no candidate. On 20,000 children that raised F1
 * from 0.8860 to 0.8872 (seed 1, precision 0.9849 to 0.9845) and from 0.8847 to 0.8857
 * (seed 2, precision 0.9834 to 0.9835).
 * <p>
 * Only single records attach, never whole clusters, and the cluster builder's conflict
 * check still applies. Two lone mentions that point at each other and at the same cluster
 * ("Anna Kowal, Cherson" twice) do not make each other ambiguous; two that point at each
 * other and nowhere else are joined. Attachment repeats until nothing changes (at most
 * {@value #ROUNDS} rounds), since one attachment can settle another mention's ambiguity.
 */
final class SoleCandidateAttachment {

	static final int ROUNDS = 3;

	/*
	 * A cluster counts as a rival candidate from this many bits below the attachment
	 * weight: a mention that fits one namesake at 13 bits and another at 12.5 is a coin
	 * toss, not a sole candidate. At 20,000 children (seeds 1 and 2) 1 bit gave +0.0023
	 * and +0.0026 precision for -0.0047 and -0.0048 recall; 2 bits gave about two true
	 * pairs lost per false one avoided (BENCHMARKS.md section 2).
	 */
	static final double RIVAL_MARGIN = 1;

	private static final int NONE = -1;

	private static final int SEVERAL = -2;

	private final ClusterBuilder clusters;

	private final long[] pairs;

	private final float[] weights;

	private final double attachWeight;

	private final boolean[] attached;

	private final int[] sizes;

	/*
	 * Per singleton: its one multi-record candidate root, and the one root of any size.
	 */
	private final int[] cluster;

	private final int[] clusterPair;

	private final int[] any;

	private final int[] anyPair;

	private final boolean[] blocked;

	/*
	 * Per singleton: its best pair of any weight above the rival line, to any root.
	 */
	private final int[] strongest;

	private SoleCandidateAttachment(ClusterBuilder clusters, long[] pairs, float[] weights, double attachWeight) {
		this.clusters = clusters;
		this.pairs = pairs;
		this.weights = weights;
		this.attachWeight = attachWeight;
		this.attached = new boolean[pairs.length];
		int records = clusters.size();
		this.sizes = new int[records];
		this.cluster = new int[records];
		this.clusterPair = new int[records];
		this.any = new int[records];
		this.anyPair = new int[records];
		this.blocked = new boolean[records];
		this.strongest = new int[records];
	}

	/**
	 * Attaches lone records to their sole candidate cluster.
	 * @param clusters the clusters after the match pass; changed in place
	 * @param pairs candidate pairs below the match weight, record indexes packed as
	 * {@code i << 32 | j}
	 * @param weights the pairs' weights
	 * @param attachWeight the weight a pair needs to count as a candidate
	 * @return for each pair, whether it joined two clusters
	 */
	static boolean[] attach(ClusterBuilder clusters, long[] pairs, float[] weights, double attachWeight) {
		SoleCandidateAttachment attachment = new SoleCandidateAttachment(clusters, pairs, weights, attachWeight);
		int round = 0;
		boolean changed = true;
		while (changed && round++ < ROUNDS) {
			changed = attachment.round();
		}
		return attachment.attached;
	}

	private boolean round() {
		collectCandidates();
		blockRivalMentions();
		boolean changed = false;
		for (int r = 0; r < this.sizes.length; r++) {
			if (this.sizes[r] != 1 || this.clusters.find(r) != r) {
				continue;
			}
			int target = this.cluster[r];
			int pair = this.clusterPair[r];
			if (target == NONE && this.any[r] >= 0 && (this.any[this.any[r]] == r || hubChooses(this.any[r], r))) {
				target = this.any[r];
				pair = this.anyPair[r];
			}
			if (target >= 0 && !this.blocked[r] && this.weights[pair] >= this.attachWeight
					&& this.clusters.union(r, target)) {
				this.attached[pair] = true;
				changed = true;
			}
		}
		return changed;
	}

	/*
	 * A lone record that several lone mentions point at, and no cluster: its strongest
	 * mention joins it first, and the others may then attach to the pair as to any
	 * cluster ("Nazar Sydorchuk, Polohy" in a registry, named twice in the news).
	 */
	private boolean hubChooses(int hub, int r) {
		return this.sizes[hub] == 1 && this.cluster[hub] == NONE && this.any[hub] == SEVERAL && !this.blocked[hub]
				&& this.strongest[hub] == this.anyPair[r];
	}

	private void collectCandidates() {
		Arrays.fill(this.sizes, 0);
		for (int r = 0; r < this.sizes.length; r++) {
			this.sizes[this.clusters.find(r)]++;
		}
		Arrays.fill(this.cluster, NONE);
		Arrays.fill(this.any, NONE);
		Arrays.fill(this.blocked, false);
		Arrays.fill(this.strongest, NONE);
		double rival = this.attachWeight - RIVAL_MARGIN;
		for (int k = 0; k < this.pairs.length; k++) {
			if (this.weights[k] < rival) {
				continue;
			}
			int i = (int) (this.pairs[k] >>> 32);
			int j = (int) this.pairs[k];
			int ri = this.clusters.find(i);
			int rj = this.clusters.find(j);
			if (ri != rj && (this.sizes[ri] == 1 || this.sizes[rj] == 1) && this.clusters.couldJoin(i, j)) {
				note(ri, rj, k);
				note(rj, ri, k);
			}
		}
	}

	private void note(int root, int other, int pair) {
		if (this.sizes[root] != 1) {
			return;
		}
		note(this.any, this.anyPair, root, other, pair);
		if (this.strongest[root] == NONE || this.weights[pair] > this.weights[this.strongest[root]]) {
			this.strongest[root] = pair;
		}
		if (this.sizes[other] > 1) {
			note(this.cluster, this.clusterPair, root, other, pair);
		}
	}

	private void note(int[] candidate, int[] best, int root, int other, int pair) {
		if (candidate[root] == NONE) {
			candidate[root] = other;
			best[root] = pair;
		}
		else if (candidate[root] >= 0 && candidate[root] != other) {
			candidate[root] = SEVERAL;
		}
		else if (candidate[root] == other && this.weights[pair] > this.weights[best[root]]) {
			best[root] = pair;
		}
	}

	/*
	 * Two lone mentions that match each other but lean towards different clusters (or one
	 * of them towards several) make each other ambiguous.
	 */
	private void blockRivalMentions() {
		for (int k = 0; k < this.pairs.length; k++) {
			if (this.weights[k] < this.attachWeight) {
				continue;
			}
			int ri = this.clusters.find((int) (this.pairs[k] >>> 32));
			int rj = this.clusters.find((int) this.pairs[k]);
			if (ri != rj && this.sizes[ri] == 1 && this.sizes[rj] == 1 && rivals(this.cluster[ri], this.cluster[rj])) {
				this.blocked[ri] = true;
				this.blocked[rj] = true;
			}
		}
	}

	private static boolean rivals(int a, int b) {
		return a != b && a != NONE && b != NONE;
	}

}
