package org.homeward.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link CandidateIndex} in memory: the records' blocking keys map to the ids that
 * carry them (no block-size cap: one query scores every record sharing a key). Scores
 * with the engine's model, without term-frequency adjustment. All methods are
 * synchronized.
 */
public final class InMemoryCandidateIndex implements CandidateIndex {

	private final LinkageEngine engine;

	private final Map<String, Entry> records = new HashMap<>();

	private final Map<Long, Set<String>> byKey = new HashMap<>();

	private record Entry(PreparedRecord prepared, long[] keys) {
	}

	/**
	 * Creates an empty index.
	 * @param engine the engine that prepares and scores records (use
	 * {@link LinkageEngine#withModel} to score with a trained model)
	 */
	public InMemoryCandidateIndex(LinkageEngine engine) {
		this.engine = engine;
	}

	@Override
	public synchronized void add(InputRecord record) {
		remove(record.id());
		PreparedRecord prepared = this.engine.prepare(record);
		long[] keys = keysOf(prepared);
		this.records.put(record.id(), new Entry(prepared, keys));
		for (long key : keys) {
			this.byKey.computeIfAbsent(key, (k) -> new LinkedHashSet<>()).add(record.id());
		}
	}

	@Override
	public synchronized boolean remove(String recordId) {
		Entry entry = this.records.remove(recordId);
		if (entry == null) {
			return false;
		}
		for (long key : entry.keys()) {
			Set<String> ids = this.byKey.get(key);
			ids.remove(recordId);
			if (ids.isEmpty()) {
				this.byKey.remove(key);
			}
		}
		return true;
	}

	@Override
	public synchronized int size() {
		return this.records.size();
	}

	@Override
	public synchronized List<Candidate> candidates(InputRecord record, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1");
		}
		PreparedRecord query = this.engine.prepare(record);
		Set<String> ids = new LinkedHashSet<>();
		for (long key : keysOf(query)) {
			ids.addAll(this.byKey.getOrDefault(key, Set.of()));
		}
		ids.remove(record.id());
		List<Candidate> found = new ArrayList<>();
		for (String id : ids) {
			PairExplanation why = this.engine.explain(query, this.records.get(id).prepared());
			if (!why.vetoed()) {
				found.add(new Candidate(id, why));
			}
		}
		found.sort(Comparator.comparingDouble((Candidate c) -> -c.explanation().weight())
			.thenComparing(Candidate::recordId));
		return List.copyOf(found.subList(0, Math.min(limit, found.size())));
	}

	private long[] keysOf(PreparedRecord prepared) {
		return java.util.Arrays.stream(Blocker.keysOf(this.engine.options().profile(), prepared))
			.filter((k) -> k != 0)
			.distinct()
			.toArray();
	}

}
