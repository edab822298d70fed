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

	private LinkageEngine engine;

	/*
	 * Most keys are shared by a handful of records (356,000 keys for 364,000 records of
	 * 100,000 synthetic children, 41 % held by one record), so a set starts small instead
	 * of with the default 16 slots.
	 */
	private static final int BLOCK_CAPACITY = 4;

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

	/**
	 * Scores and decides from now on with another engine, such as one with an adopted
	 * model ({@link LinkageEngine#withModel}) or thresholds; the records stay as they
	 * are.
	 * @param engine an engine that shares this index's preparation
	 * @throws IllegalArgumentException when the engine prepares records differently
	 */
	public synchronized void useEngine(LinkageEngine engine) {
		if (!engine.sharesPreparationWith(this.engine)) {
			throw new IllegalArgumentException("the engine must come from this index's engine (withModel)");
		}
		this.engine = engine;
	}

	/**
	 * The engine that scores the candidates.
	 * @return the engine
	 */
	public synchronized LinkageEngine engine() {
		return this.engine;
	}

	@Override
	public synchronized void add(InputRecord record) {
		PreparedRecord prepared = this.engine.prepare(record);
		put(prepared, keysOf(prepared));
	}

	/** Adds a prepared record with its blocking keys (for {@link IndexSnapshot}). */
	synchronized void put(PreparedRecord prepared, long[] keys) {
		remove(prepared.id);
		this.records.put(prepared.id, new Entry(prepared, keys));
		for (long key : keys) {
			this.byKey.computeIfAbsent(key, (k) -> new LinkedHashSet<>(BLOCK_CAPACITY)).add(prepared.id);
		}
	}

	/**
	 * Every record with its blocking keys, under the index's lock (for
	 * {@link IndexSnapshot}).
	 */
	synchronized void forEach(java.util.function.BiConsumer<PreparedRecord, long[]> consumer) {
		this.records.values().forEach((e) -> consumer.accept(e.prepared(), e.keys()));
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
