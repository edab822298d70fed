package org.homeward.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's rules over its repository: each change is one transaction, checked
 * against the lifecycle before anything is written, and recorded in the audit ledger in
 * that same transaction (what changed, before and after).
 */
@Service
class ChildRegistryService implements ChildRegistry {

	private final JdbcChildRepository children;

	private final JdbcChildQueries queries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditLedger audit;

	ChildRegistryService(JdbcChildRepository children, JdbcChildQueries queries, ApplicationEventPublisher events,
			Clock clock, AuditLedger audit) {
		this.children = children;
		this.queries = queries;
		this.events = events;
		this.clock = clock;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Child register(NewChild child, String actor) {
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		this.children.insertChild(id, this.children.nextCaseNumber(child.synthetic()), child.status(),
				child.synthetic(), child.notes(), now);
		UUID versionId = this.children.insertIdentity(id, child.identity(), now, actor);
		LocalDate date = (child.statusDate() != null) ? child.statusDate() : LocalDate.now(this.clock);
		this.children.insertStatusChange(id, null, child.status(), date, "registered", now, actor);
		this.events.publishEvent(new IdentityRecorded(id, versionId, true, actor));
		audit(actor, AuditAction.CREATE, id,
				Map.of("identity", child.identity(), "status", child.status(), "synthetic", child.synthetic()));
		return get(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Child get(UUID id) {
		return this.queries.findById(id).orElseThrow(() -> new ChildNotFoundException(id));
	}

	@Override
	@Transactional(readOnly = true)
	public ChildPage find(ChildQuery query) {
		return this.queries.find(query);
	}

	@Override
	@Transactional
	public Child addIdentity(UUID id, Identity identity, String actor) {
		requireExists(id);
		Instant now = this.clock.instant();
		UUID versionId = this.children.insertIdentity(id, identity, now, actor);
		this.children.touch(id, now);
		this.events.publishEvent(new IdentityRecorded(id, versionId, false, actor));
		audit(actor, AuditAction.CHANGE, id, Map.of("added", "identity", "versionId", versionId, "after", identity));
		return get(id);
	}

	@Override
	@Transactional
	public Child correctIdentity(UUID id, UUID versionId, Identity identity, String actor) {
		requireExists(id);
		Identity before = get(id).identities()
			.stream()
			.filter(v -> v.id().equals(versionId))
			.findFirst()
			.orElseThrow(() -> new ChildNotFoundException(id, versionId))
			.identity();
		if (!this.children.updateIdentity(id, versionId, identity)) {
			throw new ChildMergedException("Identity version " + versionId
					+ " belongs to a record merged into this child; split it to correct the version.");
		}
		audit(actor, AuditAction.CHANGE, id,
				Map.of("corrected", "identity", "versionId", versionId, "before", before, "after", identity));
		this.children.touch(id, this.clock.instant());
		this.events.publishEvent(new IdentityRecorded(id, versionId, false, actor));
		return get(id);
	}

	@Override
	@Transactional
	public Child removeIdentity(UUID id, UUID versionId, String reason, String actor) {
		if (reason.isBlank()) {
			throw new IllegalArgumentException("removing an identity version needs a reason");
		}
		Child child = get(id);
		IdentityVersion removed = child.identities()
			.stream()
			.filter(v -> v.id().equals(versionId))
			.findFirst()
			.orElseThrow(() -> new ChildNotFoundException(id, versionId));
		if (child.identities().size() == 1) {
			throw new IllegalArgumentException("a child keeps at least one identity version");
		}
		this.children.deleteIdentity(id, versionId);
		this.children.touch(id, this.clock.instant());
		this.events.publishEvent(new IdentityRemoved(id, versionId));
		audit(actor, AuditAction.CHANGE, id, Map.of("removed", "identity", "versionId", versionId, "before",
				removed.identity(), "reason", reason.strip()));
		return get(id);
	}

	@Override
	@Transactional
	public Child updateNotes(UUID id, String notes, String actor) {
		requireExists(id);
		String before = get(id).notes();
		this.children.updateNotes(id, notes.isBlank() ? null : notes.strip(), this.clock.instant());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("changed", "notes");
		detail.put("before", (before != null) ? before : "");
		detail.put("after", notes.strip());
		audit(actor, AuditAction.CHANGE, id, detail);
		return get(id);
	}

	@Override
	@Transactional
	public Child changeStatus(UUID id, ChildStatus target, LocalDate date, String reason, String actor) {
		ChildStatus current = requireExists(id);
		current.checkTransition(target, reason);
		Instant now = this.clock.instant();
		if (!this.children.updateStatus(id, current, target, now)) {
			throw new IllegalStatusTransitionException(current, target,
					"someone else changed the status at the same time; reload and try again");
		}
		this.children.insertStatusChange(id, current, target, date, reason.strip(), now, actor);
		this.events.publishEvent(new StatusChanged(id, current, target));
		audit(actor, AuditAction.CHANGE, id, Map.of("changed", "status", "before", current, "after", target, "date",
				date, "reason", reason.strip()));
		return get(id);
	}

	@Override
	@Transactional
	public Child addEvent(UUID id, NewEvent event, String actor) {
		requireExists(id);
		Instant now = this.clock.instant();
		this.children.insertEvent(id, event, now, actor);
		this.children.touch(id, now);
		audit(actor, AuditAction.CHANGE, id, Map.of("added", "event", "after", event));
		return get(id);
	}

	@Override
	@Transactional
	public Child restrict(UUID id, boolean restricted, Collection<String> grantees, String actor) {
		requireExists(id);
		Child before = get(id);
		Set<String> granted = new TreeSet<>();
		if (restricted) {
			for (String grantee : grantees) {
				if (!grantee.matches("(user:[A-Za-z0-9._-]{2,64}|role:[A-Z]{3,20})")) {
					throw new IllegalArgumentException("grantee " + grantee + " is not user:<name> or role:<ROLE>");
				}
				granted.add(grantee);
			}
			granted.add(Viewer.userGrant(actor));
		}
		this.children.updateRestriction(id, restricted, granted, this.clock.instant());
		audit(actor, AuditAction.CHANGE, id,
				Map.of("changed", "restriction", "before",
						Map.of("restricted", before.restricted(), "grantees", before.grantees()), "after",
						Map.of("restricted", restricted, "grantees", granted)));
		return get(id);
	}

	@Override
	@Transactional
	public Child recordConsent(UUID id, Consent consent, String actor) {
		requireExists(id);
		Child before = get(id);
		this.children.updateConsent(id, consent, this.clock.instant());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("changed", "consent");
		detail.put("before", (before.consent() != null) ? before.consent() : "none");
		detail.put("after", consent);
		audit(actor, AuditAction.CHANGE, id, detail);
		return get(id);
	}

	@Override
	@Transactional
	public Child merge(UUID survivor, UUID merged, String reason, String actor) {
		if (survivor.equals(merged)) {
			throw new ChildMergedException("A child cannot be merged into itself.");
		}
		if (reason.isBlank()) {
			throw new ChildMergedException("A merge needs a reason.");
		}
		requireExists(survivor);
		requireExists(merged);
		if (!get(merged).merged().isEmpty()) {
			throw new ChildMergedException("Child " + merged + " has records merged into it; split those first.");
		}
		this.children.merge(survivor, merged, reason.strip(), this.clock.instant(), actor);
		audit(actor, AuditAction.CHANGE, survivor,
				Map.of("changed", "merge", "merged", merged, "reason", reason.strip()));
		audit(actor, AuditAction.CHANGE, merged, Map.of("changed", "merged into", "survivor", survivor));
		return get(survivor);
	}

	@Override
	@Transactional
	public Child split(UUID merged, String reason, String actor) {
		UUID survivor = this.queries.mergedInto(merged)
			.orElseThrow(() -> new ChildMergedException("Child " + merged + " is not merged into another record."));
		if (reason.isBlank()) {
			throw new ChildMergedException("A split needs a reason.");
		}
		this.children.split(merged, reason.strip(), this.clock.instant(), actor);
		audit(actor, AuditAction.CHANGE, survivor,
				Map.of("changed", "split", "merged", merged, "reason", reason.strip()));
		audit(actor, AuditAction.CHANGE, merged, Map.of("changed", "split from", "survivor", survivor));
		return get(merged);
	}

	@Override
	@Transactional(readOnly = true)
	public void eachIdentity(BiConsumer<UUID, IdentityVersion> consumer) {
		this.queries.eachIdentity(consumer);
	}

	@Override
	@Transactional(readOnly = true)
	public List<LinkableChild> linkableChildren() {
		return this.queries.linkableChildren();
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		return this.queries.count();
	}

	private void audit(String actor, AuditAction action, UUID child, Map<String, ?> detail) {
		this.audit.record(actor, action, "child", child.toString(), detail);
	}

	private ChildStatus requireExists(UUID id) {
		ChildStatus status = this.queries.statusOf(id).orElseThrow(() -> new ChildNotFoundException(id));
		this.queries.mergedInto(id).ifPresent(survivor -> {
			throw ChildMergedException.mergedInto(id, survivor);
		});
		return status;
	}

}
