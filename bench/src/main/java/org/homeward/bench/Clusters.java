package org.homeward.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns matched pairs into clusters (connected components, by union–find with path
 * halving), the way both engines' pairwise output is evaluated here.
 */
final class Clusters {

	private final Map<String, String> parent = new HashMap<>();

	/**
	 * Adds a record that may stay a singleton.
	 * @param id the record id
	 */
	void add(String id) {
		this.parent.putIfAbsent(id, id);
	}

	/**
	 * Puts two records in the same cluster.
	 * @param a one record id
	 * @param b another record id
	 */
	void union(String a, String b) {
		add(a);
		add(b);
		String rootA = root(a);
		String rootB = root(b);
		if (!rootA.equals(rootB)) {
			this.parent.put(rootA, rootB);
		}
	}

	/**
	 * Returns every record's cluster.
	 * @return record id to the id of its cluster's representative record
	 */
	Map<String, String> assignments() {
		Map<String, String> clusters = new HashMap<>();
		for (String id : this.parent.keySet()) {
			clusters.put(id, root(id));
		}
		return clusters;
	}

	private String root(String id) {
		String current = id;
		String up = this.parent.get(current);
		while (up != null && !up.equals(current)) {
			String grand = this.parent.get(up);
			this.parent.put(current, grand);
			current = up;
			up = grand;
		}
		return current;
	}

}
