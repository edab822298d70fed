package org.homeward.linkage.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.function.Function;

import org.homeward.linkage.InputRecord;
import org.homeward.linkage.evaluation.FebrlTruth;
import org.jspecify.annotations.Nullable;

/**
 * True pairs among input records: from a truth file's entities, or from FEBRL record ids
 * ({@code rec-N-org} and {@code rec-N-dup-M} are the same person).
 */
final class TruePairs {

	private TruePairs() {
	}

	static List<List<String>> fromFebrlIds(List<InputRecord> records) {
		return of(records, (id) -> FebrlTruth.entityOf(id).orElse(null));
	}

	/**
	 * Every pair of input records of one entity.
	 * @param entityOf a record id's entity, null when unknown
	 */
	static List<List<String>> of(List<InputRecord> records, Function<String, @Nullable String> entityOf) {
		Map<String, List<String>> byEntity = new HashMap<>();
		for (InputRecord record : records) {
			String entity = entityOf.apply(record.id());
			if (entity != null) {
				byEntity.computeIfAbsent(entity, (k) -> new ArrayList<>()).add(record.id());
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
