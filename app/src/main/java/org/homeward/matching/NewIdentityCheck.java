package org.homeward.matching;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.homeward.linkage.CandidateIndex.Candidate;
import org.homeward.linkage.Decision;
import org.homeward.registry.Child;
import org.homeward.registry.ChildNotFoundException;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.IdentityRecorded;
import org.homeward.registry.IdentityVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks for the other records of a child when a person records an identity: once a child
 * registered, or an identity version added or corrected, by anyone but the matching
 * itself ({@link MentionLinker#ACTOR}, whose linking jobs propose their own duplicates)
 * has committed, the version is looked up in the {@link IdentityIndex}, and every other
 * child it scores with at or above the match threshold becomes a duplicate proposal in
 * the review queue, as a re-link would store it. Never a merge. The review band is not
 * enough between two registered children: namesakes fill it (see {@link LinkingPlan}).
 * <p>
 * As in batch linking, a record merged into another counts as that child (the child
 * itself and the records merged into it are never proposed), children whose family
 * refused consent to tracing are left out on both sides, and two children proposed before
 * (in whatever state the proposal is now) or declared different are not proposed again.
 * Restricted children are proposed like any other; the review queue shows a proposal only
 * to those who may see both children.
 * <p>
 * The check runs in the committing thread after the commit and takes milliseconds; a
 * failure is logged and never undoes or fails the change (a re-link proposes what it
 * missed). While the index is still being built at start, or in an operator command, it
 * is skipped. {@code homeward.matching.check-new-identities=false} switches it off.
 */
@Component
class NewIdentityCheck {

	private static final Logger log = LoggerFactory.getLogger(NewIdentityCheck.class);

	/** Candidate identity versions read from the index, as for a mention. */
	private static final int CANDIDATES = 50;

	private final IdentityIndex index;

	private final ChildRegistry registry;

	private final JdbcDuplicates duplicates;

	private final AuditLedger audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean enabled;

	NewIdentityCheck(IdentityIndex index, ChildRegistry registry, JdbcDuplicates duplicates, AuditLedger audit,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${homeward.matching.check-new-identities:true}") boolean enabled) {
		this.index = index;
		this.registry = registry;
		this.duplicates = duplicates;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.enabled = enabled;
	}

	/*
	 * IdentityIndex applies the same event in an after-commit callback ordered before
	 * this one, so that of two children recorded at the same time the one checked last
	 * finds the other in the index.
	 */
	@EventListener
	void identityRecorded(IdentityRecorded event) {
		if (!this.enabled || MentionLinker.ACTOR.equals(event.actor())) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			checkQuietly(event);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				checkQuietly(event);
			}
		});
	}

	private void checkQuietly(IdentityRecorded event) {
		if (!this.index.ready()) {
			log.debug("Identity version {} not checked for duplicates: the index is not built",
					event.identityVersionId());
			return;
		}
		long start = System.nanoTime();
		try {
			int proposed = check(event);
			log.debug("Checked identity version {} for duplicates in {} ms: {} proposed", event.identityVersionId(),
					(System.nanoTime() - start) / 1_000_000, proposed);
		}
		catch (RuntimeException ex) {
			log.warn("Identity version {} of child {} could not be checked for duplicates (a re-link will): {}",
					event.identityVersionId(), event.childId(), ex.toString());
		}
	}

	/**
	 * Proposes every other child the recorded identity version could be.
	 * @param event the committed identity change
	 * @return the proposals made now
	 */
	int check(IdentityRecorded event) {
		List<Proposal> proposals = this.transactions.execute(s -> proposals(event));
		int made = 0;
		for (Proposal proposal : (proposals != null) ? proposals : List.<Proposal>of()) {
			if (propose(proposal, event)) {
				made++;
			}
		}
		return made;
	}

	private List<Proposal> proposals(IdentityRecorded event) {
		Child recorded = this.registry.get(event.childId());
		Optional<IdentityVersion> version = recorded.identities()
			.stream()
			.filter(v -> v.id().equals(event.identityVersionId()))
			.findFirst();
		Child child = owner(recorded);
		if (version.isEmpty() || tracingRefused(child)) {
			return List.of();
		}
		Map<UUID, ChildCandidate> best = new LinkedHashMap<>();
		for (Candidate c : this.index.candidates(IdentityRecords.record(child.id(), version.get()), CANDIDATES)) {
			Optional<Child> other = (c.explanation().decision() == Decision.MATCH)
					? live(LinkingPlan.childOf(c.recordId())) : Optional.empty();
			if (other.isPresent() && !other.get().id().equals(child.id()) && !tracingRefused(other.get())) {
				best.merge(other.get().id(),
						new ChildCandidate(other.get().id(), LinkingPlan.versionOf(c.recordId()), c.explanation()),
						(a, b) -> (a.weight() >= b.weight()) ? a : b);
			}
		}
		return best.values().stream().map(c -> new Proposal(child.id(), version.get().id(), c)).toList();
	}

	/**
	 * Stores one proposal in its own transaction, unless the pair was proposed or
	 * declared different before.
	 */
	private boolean propose(Proposal p, IdentityRecorded event) {
		UUID other = p.other().childId();
		try {
			Boolean made = this.transactions.execute(s -> {
				if (this.duplicates.settled(p.childId(), other)) {
					return false;
				}
				long item = this.duplicates.insertDuplicate(p.childId(), p.versionId(), other, p.other().versionId(),
						p.other().weight(), Math.abs(this.index.matchWeight() - p.other().weight()),
						this.clock.instant());
				this.audit.record(MentionLinker.ACTOR, AuditAction.CREATE, "review-item", Long.toString(item),
						detail(p, event));
				return true;
			});
			return Boolean.TRUE.equals(made);
		}
		catch (DataIntegrityViolationException ex) {
			// proposed meanwhile: by a re-link, or by the check of the other child's
			// identity
			return false;
		}
	}

	private static Map<String, Object> detail(Proposal p, IdentityRecorded event) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("proposed", "duplicate");
		detail.put("childId", p.childId());
		detail.put("versionId", p.versionId());
		detail.put("otherChildId", p.other().childId());
		detail.put("otherVersionId", p.other().versionId());
		detail.put("weight", p.other().weight());
		detail.put("recordedBy", event.actor());
		return detail;
	}

	/** The child, or the child it was merged into; empty when it is not found. */
	private Optional<Child> live(UUID id) {
		try {
			return Optional.of(owner(this.registry.get(id)));
		}
		catch (ChildNotFoundException ex) {
			return Optional.empty();
		}
	}

	private Child owner(Child child) {
		return (child.mergedInto() != null) ? this.registry.get(child.mergedInto()) : child;
	}

	private static boolean tracingRefused(Child child) {
		return child.consent() != null && !child.consent().tracing();
	}

	/**
	 * A pair to propose.
	 *
	 * @param childId the child whose identity was recorded
	 * @param versionId that identity version
	 * @param other the other child and its best identity version
	 */
	private record Proposal(UUID childId, UUID versionId, ChildCandidate other) {
	}

}
