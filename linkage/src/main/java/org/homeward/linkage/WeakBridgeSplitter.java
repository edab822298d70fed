package org.homeward.linkage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a cluster where a single pair below the bridge weight holds two groups of
 * several records together. The match pass unites a cluster with any record through its
 * strongest pair, so two namesakes' groups end up joined by one pair when one child's
 * first record matched the other's ("Данило Кузьмський, 2019, Бердянськ" and "Данило
 * Кузьмський, 2020, Мелітополь") and its other records then followed it. Records of one
 * child usually support each other by several pairs; when the whole evidence between two
 * groups is one pair of moderate weight, the groups stay apart. The weakest such bridge
 * is cut first and both halves are examined again.
 */
final class WeakBridgeSplitter {

	/** Clusters larger than this are left as they are (a bounded scan per cluster). */
	static final int MAX_CLUSTER = 200;

	private final ScoredPairs pairs;

	private final double graphWeight;

	private final double bridgeWeight;

	private final int minSide;

	private int splits;

	/**
	 * A splitter.
	 * @param pairs the batch's pairs, strongest first
	 * @param graphWeight the weight from which a pair counts as evidence inside a cluster
	 * @param bridgeWeight a bridge at or above this weight is kept
	 * @param minSide the fewest records each side of a bridge needs for a cut
	 */
	WeakBridgeSplitter(ScoredPairs pairs, double graphWeight, double bridgeWeight, int minSide) {
		this.pairs = pairs;
		this.graphWeight = graphWeight;
		this.bridgeWeight = bridgeWeight;
		this.minSide = minSide;
	}

	/**
	 * Splits clusters at weak bridges.
	 * @param clusters the cluster number of every record
	 * @return a new group number for every record; records share one only if they shared
	 * a cluster
	 */
	int[] split(int[] clusters) {
		Map<Integer, List<Integer>> edges = new HashMap<>();
		for (int k = 0; k < this.pairs.count && this.pairs.weights[k] >= this.graphWeight; k++) {
			int i = (int) (this.pairs.pairs[k] >>> 32);
			int j = (int) this.pairs.pairs[k];
			if (clusters[i] == clusters[j]) {
				edges.computeIfAbsent(clusters[i], (c) -> new ArrayList<>()).add(k);
			}
		}
		int[] groups = clusters.clone();
		int next = Arrays.stream(clusters).max().orElse(-1) + 1;
		int[] sizes = new int[next];
		for (int c : clusters) {
			sizes[c]++;
		}
		for (Map.Entry<Integer, List<Integer>> cluster : edges.entrySet()) {
			int size = sizes[cluster.getKey()];
			if (size >= 2 * this.minSide && size <= MAX_CLUSTER) {
				next = splitCluster(groups, cluster.getValue(), next);
			}
		}
		return groups;
	}

	int splits() {
		return this.splits;
	}

	/*
	 * Edges are strongest first, so scanning them backwards meets the weakest bridge
	 * first.
	 */
	private int splitCluster(int[] groups, List<Integer> edges, int next) {
		Deque<List<Integer>> open = new ArrayDeque<>();
		open.push(edges);
		while (!open.isEmpty()) {
			List<Integer> part = open.pop();
			for (int e = part.size() - 1; e >= 0; e--) {
				int k = part.get(e);
				if (this.pairs.weights[k] >= this.bridgeWeight) {
					break;
				}
				List<Integer> side = sideWithout(part, e);
				if (side != null) {
					int label = next++;
					for (int r : side) {
						groups[r] = label;
					}
					this.splits++;
					open.push(edgesWithin(part, groups, label, true));
					open.push(edgesWithin(part, groups, label, false));
					break;
				}
			}
		}
		return next;
	}

	/*
	 * The records reachable from the left end of edge e without it, when the right end is
	 * not among them and both sides are large enough; otherwise null.
	 */
	private List<Integer> sideWithout(List<Integer> part, int e) {
		Map<Integer, List<Integer>> adjacency = new HashMap<>();
		for (int x = 0; x < part.size(); x++) {
			if (x != e) {
				int k = part.get(x);
				int i = (int) (this.pairs.pairs[k] >>> 32);
				int j = (int) this.pairs.pairs[k];
				adjacency.computeIfAbsent(i, (r) -> new ArrayList<>()).add(j);
				adjacency.computeIfAbsent(j, (r) -> new ArrayList<>()).add(i);
			}
		}
		int from = (int) (this.pairs.pairs[part.get(e)] >>> 32);
		int to = (int) this.pairs.pairs[part.get(e)];
		List<Integer> reached = new ArrayList<>(List.of(from));
		Set<Integer> seen = new HashSet<>(reached);
		for (int q = 0; q < reached.size(); q++) {
			for (int n : adjacency.getOrDefault(reached.get(q), List.of())) {
				if (seen.add(n)) {
					reached.add(n);
				}
			}
		}
		Set<Integer> all = new HashSet<>(adjacency.keySet());
		all.add(from);
		all.add(to);
		int other = all.size() - reached.size();
		boolean cut = !seen.contains(to) && reached.size() >= this.minSide && other >= this.minSide;
		return cut ? reached : null;
	}

	private List<Integer> edgesWithin(List<Integer> part, int[] groups, int label, boolean inside) {
		List<Integer> kept = new ArrayList<>();
		for (int k : part) {
			int i = (int) (this.pairs.pairs[k] >>> 32);
			int j = (int) this.pairs.pairs[k];
			if ((groups[i] == label) == inside && (groups[j] == label) == inside) {
				kept.add(k);
			}
		}
		return kept;
	}

}
