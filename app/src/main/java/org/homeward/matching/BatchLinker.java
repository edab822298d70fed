package org.homeward.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.evidence.EvidenceArchive;
import org.homeward.evidence.Mention;
import org.homeward.evidence.Source;
import org.homeward.evidence.SourceMentions;
import org.homeward.linkage.Decision;
import org.homeward.linkage.FellegiSunterModel;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.LinkageResult;
import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.IdentityVersion;
import org.homeward.registry.LinkableChild;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Plans a linking job with the engine call the command line's {@code link} makes:
 * {@link LinkageEngine#link} over every identity version of every child and the mentions
 * to link (EM-trained model, clustering), then {@link LinkingPlan} turns clusters and
 * pairs into actions.
 * <p>
 * The registry side: a merged record's versions count for the child it was merged into;
 * children whose family refused consent to tracing are left out. The mention side: only
 * mentions not yet part of a child and not waiting in the review queue (never linked, or
 * rejected by a reviewer); the others are counted as unchanged. Mentions keep the
 * {@code source} column of their file as the engine's source, as the command line reads
 * them.
 */
@Component
class BatchLinker {

	private static final Logger log = LoggerFactory.getLogger(BatchLinker.class);

	/** From this many mentions on, an import's model is trained on its mentions alone. */
	static final int TRAIN_ON_MENTIONS_FROM = 1000;

	private final ChildRegistry registry;

	private final SourceMentions mentions;

	private final EvidenceArchive archive;

	private final JdbcDuplicates links;

	private final LinkingSettings settings;

	private final IdentityIndex index;

	private final MentionLinker linker;

	private final JdbcMatchingModels models;

	BatchLinker(ChildRegistry registry, SourceMentions mentions, EvidenceArchive archive, JdbcDuplicates links,
			LinkingSettings settings, IdentityIndex index, MentionLinker linker, JdbcMatchingModels models) {
		this.models = models;
		this.index = index;
		this.linker = linker;
		this.registry = registry;
		this.mentions = mentions;
		this.archive = archive;
		this.links = links;
		this.settings = settings;
	}

	/**
	 * A job's plan.
	 *
	 * @param actions what to do, in order
	 * @param unchanged mentions left as they were (already linked or queued)
	 */
	record Plan(List<LinkingAction> actions, int unchanged) {
	}

	/**
	 * Plans linking the given mentions, or all of them.
	 * @param mentionIds the mentions of an import, or null for everything (a re-link)
	 * @return the plan
	 */
	Plan plan(@Nullable List<Long> mentionIds) {
		long start = System.nanoTime();
		Map<Long, JdbcDuplicates.Link> linked = this.links.links();
		List<InputRecord> records = registryRecords();
		int registryCount = records.size();
		int unchanged = 0;
		for (Mention mention : (mentionIds != null) ? mentions(mentionIds) : allMentions()) {
			JdbcDuplicates.Link link = linked.get(mention.id());
			if (link == null || link.outcome() == MentionOutcome.REJECTED) {
				records.add(record(mention));
			}
			else {
				unchanged++;
			}
		}
		Optional<AdoptedModel> adopted = this.models.current();
		LinkageResult result = link(records, registryCount, adopted);
		double matchWeight = result.model()
			.weightFor(adopted.filter((m) -> untrained(records, registryCount))
				.map(AdoptedModel::matchProbability)
				.orElse(this.settings.options().matchProbability()));
		List<LinkingAction> actions = new LinkingPlan(result, this.links.cannotLinks(), this.settings.autoLink(),
				mentionIds == null, matchWeight, this.index.ready() ? this::indexCandidate : LinkingPlan.Fallback.NONE)
			.actions();
		log.info("Planned {} linking actions over {} identity versions and {} mentions in {} ms ({})", actions.size(),
				registryCount, records.size() - registryCount, (System.nanoTime() - start) / 1_000_000, this.settings);
		return new Plan(actions, unchanged);
	}

	/*
	 * A large batch of mentions trains the model on them alone, exactly as the command
	 * line trains it on the same file, and then links them against the registry with that
	 * model: trained on registry and mentions together, the model follows the registry
	 * and the mentions' clustering drifts from the command line's (on the benchmark of
	 * 400 children in a demo registry of 600, F1 0.896 instead of 0.9075). Smaller
	 * batches train on everything, since the engine trains only from 1,000 records on.
	 */
	private LinkageResult link(List<InputRecord> records, int registryCount, Optional<AdoptedModel> adopted) {
		LinkageEngine engine = LinkageEngine.create(this.settings.options());
		List<InputRecord> mentionRecords = records.subList(registryCount, records.size());
		if (untrained(records, registryCount)) {
			if (adopted.isPresent()) {
				// A model an admin adopted from review decisions links the batches
				// too small to train on, as it scores search and the comparison page.
				AdoptedModel model = adopted.get();
				return model
					.applyTo(
							LinkageEngine.create(this.settings.options().withTrainingPairs(0)).withModel(model.model()))
					.link(records);
			}
			return engine.link(records);
		}
		FellegiSunterModel model = engine.link(List.copyOf(mentionRecords)).model();
		return LinkageEngine.create(this.settings.options().withTrainingPairs(0)).withModel(model).link(records);
	}

	private static boolean untrained(List<InputRecord> records, int registryCount) {
		return registryCount == 0 || records.size() - registryCount < TRAIN_ON_MENTIONS_FROM;
	}

	/**
	 * The engine record of a mention: as {@link MentionRecords#record}, with the file's
	 * {@code source} column as the record's source when it has one.
	 */
	static InputRecord record(Mention mention) {
		InputRecord r = MentionRecords.record(mention);
		String label = mention.fields().sourceLabel();
		return (label != null && !label.isBlank()) ? new InputRecord(r.id(), label, r.values()) : r;
	}

	/**
	 * The candidate index's best child for a mention, when the index places it in the
	 * review band or above and the family did not refuse tracing.
	 */
	private @Nullable ChildCandidate indexCandidate(long mentionId) {
		Mention mention = this.mentions.mention(mentionId).orElse(null);
		if (mention == null) {
			return null;
		}
		for (ChildCandidate c : this.linker.candidates(mention)) {
			Child child = this.registry.get(c.childId());
			boolean traceable = child.mergedInto() == null && (child.consent() == null || child.consent().tracing());
			if (traceable && c.explanation().decision() != Decision.NON_MATCH) {
				return c;
			}
			if (traceable) {
				return null;
			}
		}
		return null;
	}

	private List<InputRecord> registryRecords() {
		Map<UUID, List<IdentityVersion>> versions = new HashMap<>();
		this.registry
			.eachIdentity((child, version) -> versions.computeIfAbsent(child, k -> new ArrayList<>()).add(version));
		/*
		 * Children in case-number order rather than by their random ids: the engine
		 * samples its training pairs by position, so the same registry always trains the
		 * same model.
		 */
		Map<UUID, LinkableChild> children = new HashMap<>();
		List<LinkableChild> byCase = new ArrayList<>(this.registry.linkableChildren());
		byCase.sort(Comparator.comparing(LinkableChild::caseNumber));
		byCase.forEach((c) -> children.put(c.id(), c));
		List<InputRecord> records = new ArrayList<>();
		for (LinkableChild child : byCase) {
			List<IdentityVersion> own = versions.get(child.id());
			UUID effective = (child.mergedInto() != null) ? child.mergedInto() : child.id();
			LinkableChild owner = children.getOrDefault(effective, child);
			if (own != null && !owner.tracingRefused()) {
				own.forEach(v -> records.add(IdentityRecords.record(effective, v)));
			}
		}
		return records;
	}

	private List<Mention> mentions(List<Long> ids) {
		List<Mention> found = new ArrayList<>();
		ids.forEach(id -> this.mentions.mention(id).ifPresent(found::add));
		return found;
	}

	private List<Mention> allMentions() {
		List<Mention> all = new ArrayList<>();
		for (Source source : this.archive.sources()) {
			all.addAll(this.mentions.mentions(source.id()));
		}
		return all;
	}

}
