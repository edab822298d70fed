package org.homeward.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The registry of children. Every method that changes a child is one transaction: it
 * either happens whole or not at all. {@code actor} is the user name recorded with the
 * change.
 */
public interface ChildRegistry {

	/**
	 * Registers a child with its first identity and status.
	 * @param child the first identity and status
	 * @param actor who registers it
	 * @return the registered child
	 */
	Child register(NewChild child, String actor);

	/**
	 * Finds a child.
	 * @param id the child's id
	 * @return the child
	 * @throws ChildNotFoundException when there is none with this id
	 */
	Child get(UUID id);

	/**
	 * Lists children matching a query, ordered by case number.
	 * @param query filters and paging
	 * @return one page
	 */
	ChildPage find(ChildQuery query);

	/**
	 * Adds an identity version.
	 * @param id the child's id
	 * @param identity the identity a source states
	 * @param actor who records it
	 * @return the child after the change
	 */
	Child addIdentity(UUID id, Identity identity, String actor);

	/**
	 * Corrects a recorded identity version (a typo, a wrong date); the version keeps its
	 * id and sequence.
	 * @param id the child's id
	 * @param versionId the identity version to correct
	 * @param identity the corrected identity
	 * @param actor who corrects it
	 * @return the child after the change
	 */
	Child correctIdentity(UUID id, UUID versionId, Identity identity, String actor);

	/**
	 * Removes an identity version that was recorded by mistake (a link that a reviewer
	 * undid). The removal, with the removed identity, is in the audit ledger.
	 * @param id the child's id
	 * @param versionId the identity version to remove
	 * @param reason why, required
	 * @param actor who removes it
	 * @return the child after the change
	 * @throws ChildNotFoundException when the child or the version does not exist
	 * @throws IllegalArgumentException when the reason is blank or this is the child's
	 * last identity version
	 */
	Child removeIdentity(UUID id, UUID versionId, String reason, String actor);

	/**
	 * Replaces the caseworkers' notes.
	 * @param id the child's id
	 * @param notes the new notes, blank to clear
	 * @param actor who changes them
	 * @return the child after the change
	 */
	Child updateNotes(UUID id, String notes, String actor);

	/**
	 * Moves a child to another status.
	 * @param id the child's id
	 * @param target the new status
	 * @param date when it happened
	 * @param reason why; required for moves back along the path
	 * @param actor who records it
	 * @return the child after the change
	 * @throws IllegalStatusTransitionException when the lifecycle refuses the move
	 */
	Child changeStatus(UUID id, ChildStatus target, LocalDate date, String reason, String actor);

	/**
	 * Adds an event to the timeline.
	 * @param id the child's id
	 * @param event what happened
	 * @param actor who records it
	 * @return the child after the change
	 */
	Child addEvent(UUID id, NewEvent event, String actor);

	/**
	 * Restricts a child to named users and roles, or lifts the restriction. The actor is
	 * always among those who keep access.
	 * @param id the child's id
	 * @param restricted true to restrict
	 * @param grantees {@code user:<name>} or {@code role:<ROLE>} entries
	 * @param actor who changes it
	 * @return the child after the change
	 */
	Child restrict(UUID id, boolean restricted, Collection<String> grantees, String actor);

	/**
	 * Records the consent the family or guardian gave.
	 * @param id the child's id
	 * @param consent the consent
	 * @param actor who records it
	 * @return the child after the change
	 */
	Child recordConsent(UUID id, Consent consent, String actor);

	/**
	 * Records that two child records describe the same child. Nothing is moved or lost:
	 * the merged record keeps its rows and points at the survivor, whose view shows the
	 * identity versions and events of both.
	 * @param survivor the record that stays
	 * @param merged the record merged into it
	 * @param reason why they are the same child
	 * @param actor who decides
	 * @return the survivor after the merge
	 * @throws ChildMergedException when either record is already merged, the merged
	 * record has records merged into it, or the two are the same
	 */
	Child merge(UUID survivor, UUID merged, String reason, String actor);

	/**
	 * Undoes a merge: both records are exactly as they were before it.
	 * @param merged the record that was merged
	 * @param reason why the merge was wrong
	 * @param actor who decides
	 * @return the restored record
	 * @throws ChildMergedException when the record is not merged
	 */
	Child split(UUID merged, String reason, String actor);

	/**
	 * Hands every identity version of every child to a consumer, child by child, without
	 * holding them all in memory: for indexes that must be rebuilt from the registry.
	 * @param consumer receives the child's id and one of its identity versions
	 */
	void eachIdentity(BiConsumer<UUID, IdentityVersion> consumer);

	/**
	 * Every registered child as batch matching sees it, in case-number order, in one
	 * query: for linking over the whole registry without loading each child.
	 * @return the children
	 */
	List<LinkableChild> linkableChildren();

	/**
	 * Counts registered children.
	 * @return the count
	 */
	long count();

}
