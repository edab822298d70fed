package org.homeward.matching;

import java.util.List;
import java.util.UUID;

import org.homeward.linkage.CandidateIndex;
import org.homeward.linkage.CandidateIndex.Candidate;
import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.InMemoryCandidateIndex;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.PairExplanation;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.Identity;
import org.homeward.registry.IdentityRecorded;
import org.homeward.registry.IdentityRemoved;
import org.homeward.registry.IdentityVersion;
import org.slf4j.Logger;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every identity version of every child in the engine's candidate index, keyed
 * {@code childId/versionId}. Built from the registry when the application is ready, and
 * kept in step after every committed change to an identity.
 * <p>
 * The index lives in memory and is rebuilt at start (600 children take well under a
 * second); a persisted index for very large registries is a later step.
 */
@Component
class IdentityIndex {

	private static final Logger log = LoggerFactory.getLogger(IdentityIndex.class);

	private final ChildRegistry registry;

	private final LinkageEngine engine = LinkageEngine.create(FieldProfile.person());

	private final CandidateIndex index = new InMemoryCandidateIndex(this.engine);

	private final boolean operator;

	private volatile boolean ready;

	IdentityIndex(ChildRegistry registry, @Value("${homeward.operator:false}") boolean operator) {
		this.registry = registry;
		this.operator = operator;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void build() {
		if (this.operator) {
			return;
		}
		long start = System.nanoTime();
		this.registry.eachIdentity(this::put);
		this.ready = true;
		log.info("Indexed {} identity versions for search in {} ms", this.index.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	@TransactionalEventListener
	void identityRecorded(IdentityRecorded event) {
		this.registry.get(event.childId())
			.identities()
			.stream()
			.filter(v -> v.id().equals(event.identityVersionId()))
			.findFirst()
			.ifPresent(v -> put(event.childId(), v));
	}

	@TransactionalEventListener
	void identityRemoved(IdentityRemoved event) {
		this.index.remove(event.childId() + "/" + event.identityVersionId());
	}

	/**
	 * Explains one pair of records that need not be in the index, with the index's model.
	 * @param a one record
	 * @param b another
	 * @return the field-by-field explanation
	 */
	PairExplanation explain(InputRecord a, InputRecord b) {
		return this.engine.explain(this.engine.prepare(a), this.engine.prepare(b));
	}

	/**
	 * The weight at which a pair becomes a match: the engine's match probability as a
	 * weight in bits.
	 * @return the match threshold weight
	 */
	double matchWeight() {
		return this.engine.model().weightFor(this.engine.options().matchProbability());
	}

	boolean ready() {
		return this.ready;
	}

	/**
	 * The index record of one identity version.
	 * @param childId the child
	 * @param version the version
	 * @return the record, keyed {@code childId/versionId}
	 */
	static InputRecord record(UUID childId, IdentityVersion version) {
		Identity i = version.identity();
		return InputRecord.person(childId + "/" + version.id(), "registry", text(i.givenName()), text(i.familyName()),
				text(i.patronymic()), (i.sex().name().length() == 1) ? i.sex().name() : "",
				(i.birthDate() != null) ? i.birthDate().toString() : "", text(i.settlement()), text(i.oblast()));
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
		this.index.add(record(childId, version));
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
