package org.homeward.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homeward.linkage.CandidateIndex.Candidate;
import org.homeward.linkage.InMemoryCandidateIndex;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.PairExplanation;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.IdentityRecorded;
import org.homeward.registry.IdentityRemoved;
import org.homeward.registry.IdentityVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every identity version of every child in the engine's candidate index, keyed
 * {@code childId/versionId}, scoring with the adopted matching model.
 * <p>
 * At start the index is read from {@code DATA/index/identities.idx} when that file is
 * intact, was written by this engine and reflects the database's identity watermark
 * ({@link IdentityChanges}); otherwise it is rebuilt from the registry and written. Each
 * committed identity change is numbered in its own transaction and applied after commit;
 * the file is rewritten every few minutes and at shutdown, claiming only the changes up
 * to which every change has been applied, so a change made by another process makes the
 * next start rebuild.
 */
@Component
class IdentityIndex {

	private static final Logger log = LoggerFactory.getLogger(IdentityIndex.class);

	private final ChildRegistry registry;

	private final IdentityChanges changes;

	private final JdbcMatchingModels models;

	private final IndexFile file;

	private final boolean operator;

	private volatile InMemoryCandidateIndex index = new InMemoryCandidateIndex(IdentityRecords.newEngine());

	private volatile boolean ready;

	private volatile String startup = "not built";

	/*
	 * Guards ready, the applied changes, the pending changes and the swap of the index.
	 */
	private final Object lock = new Object();

	private String database = "";

	private AppliedChanges applied = new AppliedChanges(0);

	private final List<PendingChange> pending = new ArrayList<>();

	private record PendingChange(long number, Runnable change) {
	}

	private @Nullable String written;

	IdentityIndex(ChildRegistry registry, IdentityChanges changes, JdbcMatchingModels models,
			@Value("${homeward.operator:false}") boolean operator, @Value("${homeward.data}") Path data) {
		this.registry = registry;
		this.changes = changes;
		this.models = models;
		this.operator = operator;
		this.file = new IndexFile(data);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void build() {
		if (this.operator) {
			return;
		}
		long start = System.nanoTime();
		String watermark = this.changes.watermark();
		IndexFile.Loaded loaded = this.file.read(IdentityRecords.newEngine(), watermark, (n) -> {
		});
		if (loaded.index() != null) {
			install(loaded.index(), watermark);
			this.startup = "loaded";
			log.info("Loaded the identity index ({} identity versions) from {} in {} ms", loaded.index().size(),
					this.file.path(), (System.nanoTime() - start) / 1_000_000);
			return;
		}
		log.info("Rebuilding the identity index: {}", loaded.reason());
		install(IdentityRecords.indexAll(this.registry, IndexProgress.silent()), watermark);
		this.startup = "rebuilt: " + loaded.reason();
		log.info("Indexed {} identity versions for search in {} ms", size(), (System.nanoTime() - start) / 1_000_000);
		flushQuietly();
	}

	/**
	 * Rebuilds the index from the registry and writes it, without serving it (the
	 * operator command {@code ./homeward reindex}).
	 * @param progress told the children indexed so far
	 * @return the identity versions indexed
	 * @throws IOException when the file cannot be written
	 */
	int reindex(IndexProgress progress) throws IOException {
		String watermark = this.changes.watermark();
		InMemoryCandidateIndex built = IdentityRecords.indexAll(this.registry, progress);
		this.file.write(built, watermark);
		return built.size();
	}

	/*
	 * Puts the index in service with the adopted model, then the changes that came
	 * meanwhile.
	 */
	private void install(InMemoryCandidateIndex built, String watermark) {
		this.models.current().ifPresent((m) -> built.useEngine(m.applyTo(built.engine().withModel(m.model()))));
		synchronized (this.lock) {
			this.index = built;
			this.database = IdentityChanges.databaseOf(watermark);
			this.applied = new AppliedChanges(IdentityChanges.changesOf(watermark));
			this.ready = true;
			for (PendingChange change : this.pending) {
				if (change.number() > this.applied.upTo()) {
					applyNow(change.number(), change.change());
				}
			}
			this.pending.clear();
		}
	}

	@EventListener
	void identityRecorded(IdentityRecorded event) {
		afterCommit(this.changes.next(),
				() -> this.registry.get(event.childId())
					.identities()
					.stream()
					.filter(v -> v.id().equals(event.identityVersionId()))
					.findFirst()
					.ifPresent(v -> put(event.childId(), v)));
	}

	@EventListener
	void identityRemoved(IdentityRemoved event) {
		afterCommit(this.changes.next(), () -> this.index.remove(event.childId() + "/" + event.identityVersionId()));
	}

	/*
	 * Before anything else that runs after the commit, so that the check of a new
	 * identity (NewIdentityCheck) reads an index that holds it.
	 */
	private void afterCommit(long number, Runnable change) {
		AfterCommit.runFirst(() -> apply(number, change));
	}

	private void apply(long number, Runnable change) {
		synchronized (this.lock) {
			if (this.ready) {
				applyNow(number, change);
			}
			else if (!this.operator) {
				this.pending.add(new PendingChange(number, change));
			}
		}
	}

	/*
	 * A change that fails to apply stays unclaimed, so the file written from now on is
	 * not taken for in step at the next start; the committed change itself is not undone.
	 */
	private void applyNow(long number, Runnable change) {
		try {
			change.run();
			this.applied.add(number);
		}
		catch (RuntimeException ex) {
			log.warn("Identity change {} could not be applied to the index; it is rebuilt at the next start: {}",
					number, ex.toString());
		}
	}

	/**
	 * Writes the index when changes were applied since it was last written.
	 * @return whether a file was written
	 * @throws IOException when writing fails
	 */
	synchronized boolean flush() throws IOException {
		InMemoryCandidateIndex current;
		String watermark;
		synchronized (this.lock) {
			if (!this.ready) {
				return false;
			}
			current = this.index;
			watermark = this.database + "/" + this.applied.upTo();
		}
		if (watermark.equals(this.written)) {
			return false;
		}
		this.file.write(current, watermark);
		this.written = watermark;
		return true;
	}

	/**
	 * How many identity changes the database counts that this index does not hold yet (in
	 * flight, or made by another process).
	 * @return the number, 0 before the index is built
	 */
	long changesBehind() {
		if (!this.ready) {
			return 0;
		}
		long inDatabase = IdentityChanges.changesOf(this.changes.watermark());
		synchronized (this.lock) {
			return Math.max(0, inDatabase - this.applied.upTo());
		}
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The identity index could not be written to {}: {}", this.file.path(), ex.toString());
		}
	}

	/**
	 * Scores and decides with another model from now on.
	 * @param model the adopted model
	 */
	void useModel(AdoptedModel model) {
		synchronized (this.lock) {
			InMemoryCandidateIndex current = this.index;
			current.useEngine(model.applyTo(current.engine().withModel(model.model())));
		}
	}

	/**
	 * How the index came to be at start: {@code loaded}, or {@code rebuilt: } and why.
	 * @return the description
	 */
	String startup() {
		return this.startup;
	}

	/**
	 * The engine that scores candidates, with the adopted model and thresholds.
	 * @return the engine
	 */
	LinkageEngine engine() {
		return this.index.engine();
	}

	/**
	 * Explains one pair of records that need not be in the index, with the index's model.
	 * @param a one record
	 * @param b another
	 * @return the field-by-field explanation
	 */
	PairExplanation explain(InputRecord a, InputRecord b) {
		LinkageEngine engine = engine();
		return engine.explain(engine.prepare(a), engine.prepare(b));
	}

	/**
	 * The weight at which a pair becomes a match: the engine's match probability as a
	 * weight in bits.
	 * @return the match threshold weight
	 */
	double matchWeight() {
		LinkageEngine engine = engine();
		return engine.model().weightFor(engine.options().matchProbability());
	}

	boolean ready() {
		return this.ready;
	}

	List<Candidate> candidates(InputRecord query, int limit) {
		if (!this.ready) {
			throw new IllegalStateException("the search index is still being built; try again in a moment");
		}
		return this.index.candidates(query, limit);
	}

	int size() {
		return this.index.size();
	}

	private void put(UUID childId, IdentityVersion version) {
		this.index.add(IdentityRecords.record(childId, version));
	}

}
