package org.homeward.linkage.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.linkage.InputRecord;

/**
 * The truth hidden in FEBRL record ids: {@code rec-N-org} and {@code rec-N-dup-M} are the
 * same person.
 */
final class FebrlIds {

	private FebrlIds() {
	}

	static List<List<String>> truePairs(List<InputRecord> records) {
		Map<String, List<String>> byEntity = new HashMap<>();
		for (InputRecord record : records) {
			String[] parts = record.id().split("-");
			if (parts.length >= 3 && parts[0].equals("rec")) {
				byEntity.computeIfAbsent(parts[1], (k) -> new ArrayList<>()).add(record.id());
			}
		}
		List<List<String>> pairs = new ArrayList<>();
		for (List<String> ids : byEntity.values()) {
			for (int a = 0; a < ids.size(); a++) {
				for (int b = a + 1; b < ids.size(); b++) {
					pairs.add(List.of(ids.get(a), ids.get(b)));
				}
			}
		}
		return pairs;
	}

}
