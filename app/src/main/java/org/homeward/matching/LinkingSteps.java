package org.homeward.matching;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.homeward.evidence.Mention;
import org.homeward.evidence.SourceMentions;
import org.homeward.matching.LinkingAction.Outcome;
import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.ChildStatus;
import org.homeward.registry.IdentityVersion;
import org.homeward.registry.NewChild;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Applies one action of a linking job against the registry and the review queue as they
 * are now, so that applying an action twice, or a plan made before others changed the
 * registry, changes nothing that is already so: a mention that became part of a child
 * meanwhile, a pair already queued or two children already proposed, merged or declared
 * different are {@link Outcome#UNCHANGED}.
 */
@Component
class LinkingSteps {

	private final ChildRegistry registry;

	private final SourceMentions mentions;

	private final JdbcReviewRepository reviews;

	private final JdbcDuplicates links;

	private final Clock clock;

	LinkingSteps(ChildRegistry registry, SourceMentions mentions, JdbcReviewRepository reviews, JdbcDuplicates links,
			Clock clock) {
		this.registry = registry;
		this.mentions = mentions;
		this.reviews = reviews;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * What one action did.
	 *
	 * @param outcome the outcome
	 * @param child the child linked to, registered, queued against or proposed, or null
	 */
	record Applied(Outcome outcome, @Nullable UUID child) {
	}

	Applied apply(LinkingAction action) {
		return switch (action.kind()) {
			case LINK -> link(action);
			case REVIEW -> review(action);
			case NEW_CHILD -> newChild(action);
			case DUPLICATE -> duplicate(action);
		};
	}

	private Applied link(LinkingAction action) {
		Mention mention = mention(action.mentionId());
		UUID child = required(action.childId());
		if (settled(mention) || live(child) == null) {
			return new Applied(Outcome.UNCHANGED, child);
		}
		UUID version = addTo(child, mention);
		record(mention, child, version, MentionOutcome.LINKED, action.weight());
		return new Applied(Outcome.LINKED, child);
	}

	private Applied review(LinkingAction action) {
		Mention mention = mention(action.mentionId());
		UUID child = required(action.childId());
		if (settled(mention) || live(child) == null || this.links.mentionItemExists(mention.id(), child)) {
			return new Applied(Outcome.UNCHANGED, child);
		}
		this.reviews.insertItem(mention.id(), mention.sourceId(), child, required(action.versionId()), action.weight(),
				action.closeness(), mention.fields().birthDate(), this.clock.instant());
		record(mention, child, null, MentionOutcome.REVIEW, action.weight());
		return new Applied(Outcome.QUEUED, child);
	}

	private Applied newChild(LinkingAction action) {
		Mention mention = mention(action.mentionId());
		if (settled(mention)) {
			return new Applied(Outcome.UNCHANGED, null);
		}
		Long lead = action.leadMentionId();
		if (lead != null) {
			Optional<JdbcDuplicates.Link> leader = this.links.link(lead);
			if (leader.isPresent() && leader.get().versionId() != null && live(leader.get().childId()) != null) {
				UUID child = leader.get().childId();
				record(mention, child, addTo(child, mention), MentionOutcome.LINKED, action.weight());
				return new Applied(Outcome.LINKED, child);
			}
		}
		Child child = this.registry.register(
				new NewChild(MentionRecords.identity(mention, MentionRecords.citation(mention)),
						ChildStatus.REPORTED_MISSING, null, "unidentified: from source " + mention.sourceId(), false),
				MentionLinker.ACTOR);
		record(mention, child.id(), child.identities().get(0).id(), MentionOutcome.NEW_CHILD, action.weight());
		return new Applied(Outcome.NEW_CHILD, child.id());
	}

	private Applied duplicate(LinkingAction action) {
		Side a = side(action.childId(), action.versionId(), action.leadMentionId());
		Side b = side(action.otherChildId(), action.otherVersionId(), action.otherLeadMentionId());
		if (a == null || b == null || a.child().equals(b.child()) || live(a.child()) == null || live(b.child()) == null
				|| this.links.settled(a.child(), b.child())) {
			return new Applied(Outcome.UNCHANGED, null);
		}
		this.links.insertDuplicate(a.child(), a.version(), b.child(), b.version(), action.weight(), action.closeness(),
				this.clock.instant());
		return new Applied(Outcome.DUPLICATE, b.child());
	}

	private @Nullable Side side(@Nullable UUID child, @Nullable UUID version, @Nullable Long mention) {
		if (child != null && version != null) {
			return new Side(child, version);
		}
		if (mention == null) {
			return null;
		}
		return this.links.link(mention)
			.filter(l -> l.versionId() != null)
			.map(l -> new Side(l.childId(), required(l.versionId())))
			.orElse(null);
	}

	/** Whether the mention is already part of a child or waits in the review queue. */
	private boolean settled(Mention mention) {
		return this.links.link(mention.id()).filter(l -> l.outcome() != MentionOutcome.REJECTED).isPresent();
	}

	/** The child, unless it is gone or merged into another. */
	private @Nullable Child live(UUID id) {
		try {
			Child child = this.registry.get(id);
			return (child.mergedInto() == null) ? child : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private UUID addTo(UUID childId, Mention mention) {
		Child child = this.registry.addIdentity(childId,
				MentionRecords.identity(mention, MentionRecords.citation(mention)), MentionLinker.ACTOR);
		IdentityVersion added = child.identities()
			.stream()
			.filter(v -> MentionRecords.citation(mention).equals(v.identity().source()))
			.reduce((first, second) -> second)
			.orElse(child.identities().get(child.identities().size() - 1));
		return added.id();
	}

	private void record(Mention mention, UUID child, @Nullable UUID version, MentionOutcome outcome, double weight) {
		if (this.links.link(mention.id()).isPresent()) {
			this.reviews.updateLink(mention.id(), child, version, outcome, this.clock.instant());
		}
		else {
			this.reviews.insertLink(mention.id(), mention.sourceId(), child, version, outcome, weight,
					this.clock.instant());
		}
	}

	private Mention mention(@Nullable Long id) {
		return this.mentions.mention(required(id)).orElseThrow();
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("linking action lacks a value it needs");
		}
		return value;
	}

	private record Side(UUID child, UUID version) {
	}

}
