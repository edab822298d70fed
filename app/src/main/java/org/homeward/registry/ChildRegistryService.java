package org.homeward.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's rules over its repository: each change is one transaction, checked
 * against the lifecycle before anything is written.
 */
@Service
class ChildRegistryService implements ChildRegistry {

	private final JdbcChildRepository children;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChildRegistryService(JdbcChildRepository children, ApplicationEventPublisher events, Clock clock) {
		this.children = children;
		this.events = events;
		this.clock = clock;
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
		this.events.publishEvent(new IdentityRecorded(id, versionId, true));
		return get(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Child get(UUID id) {
		return this.children.findById(id).orElseThrow(() -> new ChildNotFoundException(id));
	}

	@Override
	@Transactional(readOnly = true)
	public ChildPage find(ChildQuery query) {
		return this.children.find(query);
	}

	@Override
	@Transactional
	public Child addIdentity(UUID id, Identity identity, String actor) {
		requireExists(id);
		Instant now = this.clock.instant();
		UUID versionId = this.children.insertIdentity(id, identity, now, actor);
		this.children.touch(id, now);
		this.events.publishEvent(new IdentityRecorded(id, versionId, false));
		return get(id);
	}

	@Override
	@Transactional
	public Child correctIdentity(UUID id, UUID versionId, Identity identity, String actor) {
		requireExists(id);
		if (!this.children.updateIdentity(id, versionId, identity)) {
			throw new ChildNotFoundException(id, versionId);
		}
		this.children.touch(id, this.clock.instant());
		this.events.publishEvent(new IdentityRecorded(id, versionId, false));
		return get(id);
	}

	@Override
	@Transactional
	public Child updateNotes(UUID id, String notes, String actor) {
		requireExists(id);
		this.children.updateNotes(id, notes.isBlank() ? null : notes.strip(), this.clock.instant());
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
		return get(id);
	}

	@Override
	@Transactional
	public Child addEvent(UUID id, NewEvent event, String actor) {
		requireExists(id);
		Instant now = this.clock.instant();
		this.children.insertEvent(id, event, now, actor);
		this.children.touch(id, now);
		return get(id);
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		return this.children.count();
	}

	private ChildStatus requireExists(UUID id) {
		return this.children.statusOf(id).orElseThrow(() -> new ChildNotFoundException(id));
	}

}
