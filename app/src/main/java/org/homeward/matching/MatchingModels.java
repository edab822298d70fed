package org.homeward.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.homeward.evidence.Mention;
import org.homeward.evidence.SourceMentions;
import org.homeward.linkage.FieldWeight;
import org.homeward.linkage.PairExplanation;
import org.homeward.registry.ChildNotFoundException;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.IdentityVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The matching model in use, the one the reviewers' decisions propose
 * ({@link ModelEstimation}), how both do on the reviewed pairs, and adopting a model
 * (audited as a CHANGE of {@code matching-model}); the identity index scores with an
 * adopted model once its transaction has committed.
 */
@Service
class MatchingModels {

	private final JdbcMatchingModels models;

	private final IdentityIndex index;

	private final ChildRegistry registry;

	private final SourceMentions mentions;

	private final AuditLedger audit;

	private final Clock clock;

	MatchingModels(JdbcMatchingModels models, IdentityIndex index, ChildRegistry registry, SourceMentions mentions,
			AuditLedger audit, Clock clock) {
		this.models = models;
		this.index = index;
		this.registry = registry;
		this.mentions = mentions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The current and the proposed model with their results on the reviewed pairs. Reads
	 * the records behind every reviewed pair, recorded in the audit ledger as one read.
	 * @param actor who asks
	 * @return the report
	 */
	@Transactional
	ModelReport report(String actor) {
		AdoptedModel current = current();
		Pairs pairs = reviewedPairs();
		ModelEstimation.Thresholded proposed = ModelEstimation.estimate(current.thresholded(), pairs.pairs());
		this.audit.record(actor, AuditAction.READ, "matching-model", null,
				Map.of("read", "records of reviewed pairs", "pairs", pairs.pairs().size()));
		return ModelReport.of(current, proposed, pairs.pairs(), pairs.skipped(), this.models.history());
	}

	/**
	 * Estimates the model again and adopts it.
	 * @param actor who adopts it
	 * @return the adopted model
	 */
	@Transactional
	AdoptedModel adoptProposal(String actor) {
		Pairs pairs = reviewedPairs();
		ModelEstimation.Thresholded proposed = ModelEstimation.estimate(current().thresholded(), pairs.pairs());
		int same = (int) pairs.pairs().stream().filter(ModelEstimation.ReviewedPair::same).count();
		AdoptedModel draft = new AdoptedModel(-1, proposed.model(), proposed.matchProbability(),
				proposed.reviewProbability(), same, pairs.pairs().size() - same, actor, this.clock.instant());
		long id = this.models.insert(draft, actor, this.clock.instant());
		return adopt(id, actor);
	}

	/**
	 * Adopts a stored model again, or the built-in one.
	 * @param id the model, 0 for the built-in one
	 * @param actor who adopts it
	 * @return the adopted model
	 * @throws NoSuchElementException when there is no such model
	 */
	@Transactional
	AdoptedModel adopt(long id, String actor) {
		AdoptedModel model = (id == 0) ? AdoptedModel.builtIn()
				: this.models.find(id).orElseThrow(() -> new NoSuchElementException("No matching model " + id));
		this.models.adopt(id, actor, this.clock.instant());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("adopted", "matching model " + id);
		detail.put("matchProbability", model.matchProbability());
		detail.put("reviewProbability", model.reviewProbability());
		detail.put("samePairs", model.samePairs());
		detail.put("differentPairs", model.differentPairs());
		this.audit.record(actor, AuditAction.CHANGE, "matching-model", Long.toString(id), detail);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				MatchingModels.this.index.useModel(model);
			}
		});
		return model;
	}

	private AdoptedModel current() {
		return this.models.current().orElseGet(AdoptedModel::builtIn);
	}

	private record Pairs(List<ModelEstimation.ReviewedPair> pairs, int skipped) {
	}

	/* Pairs whose mention or identity version no longer exists are counted as skipped. */
	private Pairs reviewedPairs() {
		List<ModelEstimation.ReviewedPair> pairs = new ArrayList<>();
		int skipped = 0;
		for (JdbcMatchingModels.ReviewedRow row : this.models.reviewedPairs()) {
			Optional<ModelEstimation.ReviewedPair> pair = pair(row);
			pair.ifPresent(pairs::add);
			skipped += pair.isPresent() ? 0 : 1;
		}
		return new Pairs(pairs, skipped);
	}

	private Optional<ModelEstimation.ReviewedPair> pair(JdbcMatchingModels.ReviewedRow row) {
		Optional<Mention> mention = this.mentions.mention(row.mentionId());
		Optional<IdentityVersion> version;
		try {
			version = this.registry.get(row.childId())
				.identities()
				.stream()
				.filter((v) -> v.id().equals(row.versionId()))
				.findFirst();
		}
		catch (ChildNotFoundException ex) {
			version = Optional.empty();
		}
		if (mention.isEmpty() || version.isEmpty()) {
			return Optional.empty();
		}
		PairExplanation why = this.index.explain(MentionRecords.record(mention.get()),
				IdentityRecords.record(row.childId(), version.get()));
		return Optional.of(new ModelEstimation.ReviewedPair(why.fields().stream().map(FieldWeight::level).toList(),
				why.vetoed(), row.same()));
	}

}
