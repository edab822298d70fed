package org.homeward.linkage;

import java.util.Arrays;

/**
 * Records that match two records which cannot be the same child ({@link RecordConflicts})
 * by weights too close to choose between ("Sonia Yakymiv" against two Софія Якимів of
 * other towns): linking strongest first handed such a record to whichever namesake scored
 * a little higher. Their matching pairs are left for review instead.
 */
final class AmbiguousRecords {

	/*
	 * Within 1 bit. At 20,000 children, blocks up to 300 records (seeds 1 and 2, one run
	 * each): precision 0.9785 and 0.9786 without this rule, 0.9813 and 0.9801 with a
	 * margin of 1 bit, 0.9815 and 0.9802 with 2 bits, 0.9812 with 4 (seed 1); recall fell
	 * by 0.003, 0.003 and 0.005.
	 */
	private static final double MARGIN = 1.0;

	/* Partners checked per record, strongest first. */
	private static final int MAX_PARTNERS = 8;

	private AmbiguousRecords() {
	}

	/**
	 * @param records how many records
	 * @param sorted the kept pairs, strongest first
	 * @param matchWeight the match threshold
	 * @param conflicts which records cannot be one child
	 * @return for each record, whether it is ambiguous
	 */
	static boolean[] find(int records, ScoredPairs sorted, double matchWeight,
			ClusterBuilder.RecordConflict conflicts) {
		boolean[] ambiguous = new boolean[records];
		int[] count = new int[records];
		int matches = 0;
		while (matches < sorted.count && sorted.weights[matches] >= matchWeight) {
			count[(int) (sorted.pairs[matches] >>> 32)]++;
			count[(int) sorted.pairs[matches]]++;
			matches++;
		}
		int[] start = new int[records + 1];
		for (int r = 0; r < records; r++) {
			start[r + 1] = start[r] + count[r];
		}
		int[] partner = new int[start[records]];
		float[] weight = new float[start[records]];
		int[] fill = Arrays.copyOf(start, records);
		for (int k = 0; k < matches; k++) {
			int i = (int) (sorted.pairs[k] >>> 32);
			int j = (int) sorted.pairs[k];
			partner[fill[i]] = j;
			weight[fill[i]++] = sorted.weights[k];
			partner[fill[j]] = i;
			weight[fill[j]++] = sorted.weights[k];
		}
		for (int r = 0; r < records; r++) {
			int from = start[r];
			int to = Math.min(start[r + 1], from + MAX_PARTNERS);
			for (int p = from + 1; p < to && weight[p] >= weight[from] - MARGIN; p++) {
				if (conflicts.conflicts(partner[from], partner[p])) {
					ambiguous[r] = true;
					break;
				}
			}
		}
		return ambiguous;
	}

}
