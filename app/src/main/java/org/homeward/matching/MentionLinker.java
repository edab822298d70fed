package org.homeward.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.evidence.Mention;
import org.homeward.evidence.SourceMentions;
import org.homeward.linkage.CandidateIndex.Candidate;
import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.ChildStatus;
import org.homeward.registry.NewChild;

import org.springframework.stereotype.Component;

/**
 * Links one mention against the candidate index: the best candidate child at or above the
 * match threshold gets the mention as a new identity version; one in the review band
 * becomes a review item; otherwise the mention becomes a new, unidentified child awaiting
 * review. The outcome is recorded in {@code mention_link}, so nothing is linked twice,
 * and pairs a reviewer declared different children are never proposed again. Imports are
 * linked in batches by {@link LinkingJobs}; this one-at-a-time linker answers "who else
 * could this mention be?" for the comparison page.
 */
@Component
class MentionLinker {

	/** Who the registry records for automatic links. */
	static final String ACTOR = "matching";

	private final IdentityIndex index;

	private final ChildRegistry registry;

	private final SourceMentions mentions;

	private final JdbcReviewRepository repository;

	private final Clock clock;

	MentionLinker(IdentityIndex index, ChildRegistry registry, SourceMentions mentions, JdbcReviewRepository repository,
			Clock clock) {
		this.index = index;
		this.registry = registry;
		this.mentions = mentions;
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * Links one mention, unless it was linked before.
	 * @param mentionId the mention
	 * @return what was done, or the earlier outcome
	 */
	MentionOutcome link(long mentionId) {
		if (this.repository.linked(mentionId)) {
			return this.repository.outcomeOf(mentionId).orElseThrow();
		}
		Mention mention = this.mentions.mention(mentionId).orElseThrow();
		List<ChildCandidate> candidates = candidates(mention);
		if (candidates.isEmpty()) {
			return newChild(mention, 0);
		}
		ChildCandidate best = candidates.get(0);
		return switch (best.explanation().decision()) {
			case MATCH -> linkToChild(mention, best);
			case REVIEW -> queue(mention, best);
			case NON_MATCH -> newChild(mention, best.weight());
		};
	}

	/**
	 * The children a mention could be, best identity version per child, strongest first;
	 * children a reviewer declared different from this mention are left out.
	 * @param mention the mention
	 * @return the candidates
	 */
	List<ChildCandidate> candidates(Mention mention) {
		Set<UUID> refused = this.repository.cannotLink(mention.id());
		Map<UUID, ChildCandidate> best = new LinkedHashMap<>();
		for (Candidate c : this.index.candidates(MentionRecords.record(mention), 50)) {
			UUID child = UUID.fromString(c.recordId().substring(0, 36));
			if (!refused.contains(child)) {
				ChildCandidate candidate = new ChildCandidate(child, UUID.fromString(c.recordId().substring(37)),
						c.explanation());
				best.merge(child, candidate, (a, b) -> (a.weight() >= b.weight()) ? a : b);
			}
		}
		List<ChildCandidate> ranked = new ArrayList<>(best.values());
		ranked.sort(Comparator.comparingDouble(ChildCandidate::weight).reversed());
		return List.copyOf(ranked);
	}

	private MentionOutcome linkToChild(Mention mention, ChildCandidate best) {
		Child child = this.registry.addIdentity(best.childId(),
				MentionRecords.identity(mention, MentionRecords.citation(mention)), ACTOR);
		UUID version = child.identities().get(child.identities().size() - 1).id();
		this.repository.insertLink(mention.id(), mention.sourceId(), child.id(), version, MentionOutcome.LINKED,
				best.weight(), this.clock.instant());
		return MentionOutcome.LINKED;
	}

	private MentionOutcome queue(Mention mention, ChildCandidate best) {
		this.repository.insertItem(mention.id(), mention.sourceId(), best.childId(), best.versionId(), best.weight(),
				Math.abs(this.index.matchWeight() - best.weight()), mention.fields().birthDate(), this.clock.instant());
		this.repository.insertLink(mention.id(), mention.sourceId(), best.childId(), null, MentionOutcome.REVIEW,
				best.weight(), this.clock.instant());
		return MentionOutcome.REVIEW;
	}

	private MentionOutcome newChild(Mention mention, double weight) {
		Child child = this.registry.register(
				new NewChild(MentionRecords.identity(mention, MentionRecords.citation(mention)),
						ChildStatus.REPORTED_MISSING, null, "unidentified: from source " + mention.sourceId(), false),
				ACTOR);
		this.repository.insertLink(mention.id(), mention.sourceId(), child.id(), child.identities().get(0).id(),
				MentionOutcome.NEW_CHILD, weight, this.clock.instant());
		return MentionOutcome.NEW_CHILD;
	}

}
