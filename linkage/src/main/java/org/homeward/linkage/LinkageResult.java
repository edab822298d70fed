package org.homeward.linkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link LinkageEngine#link(List)}: a cluster number for every record, the
 * scored pairs at or above the review threshold, the trained model and run statistics.
 */
public final class LinkageResult {

	private final List<String> recordIds;

	private final int[] clusters;

	private final List<ScoredPair> pairs;

	private final FellegiSunterModel model;

	private final LinkageStats stats;

	LinkageResult(List<String> recordIds, int[] clusters, List<ScoredPair> pairs, FellegiSunterModel model,
			LinkageStats stats) {
		this.recordIds = List.copyOf(recordIds);
		this.clusters = clusters.clone();
		this.pairs = List.copyOf(pairs);
		this.model = model;
		this.stats = stats;
	}

	/**
	 * The record ids in input order.
	 * @return the ids
	 */
	public List<String> recordIds() {
		return this.recordIds;
	}

	/**
	 * The cluster of the record at an input position; clusters are numbered 0, 1, ... in
	 * order of their first record.
	 * @param index position in the input list
	 * @return the cluster number
	 */
	public int clusterOf(int index) {
		return this.clusters[index];
	}

	/**
	 * Cluster numbers by record id.
	 * @return a new map
	 */
	public Map<String, Integer> clustersById() {
		Map<String, Integer> byId = new HashMap<>();
		for (int i = 0; i < this.clusters.length; i++) {
			byId.put(this.recordIds.get(i), this.clusters[i]);
		}
		return byId;
	}

	/**
	 * Pairs scored at or above the review threshold, strongest first.
	 * @return the pairs
	 */
	public List<ScoredPair> pairs() {
		return this.pairs;
	}

	/**
	 * The model estimated for this run.
	 * @return the model
	 */
	public FellegiSunterModel model() {
		return this.model;
	}

	/**
	 * Counts and timings.
	 * @return the statistics
	 */
	public LinkageStats stats() {
		return this.stats;
	}

}
