package org.homeward.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A child in the registry: one stable id, every identity ever recorded, the status with
 * its history, and the timeline.
 *
 * @param id the stable id
 * @param caseNumber the human-readable case number ({@code HW-000042}; synthetic children
 * are {@code SYN-000042})
 * @param status the current status
 * @param synthetic true for generated demo or test data
 * @param notes the caseworkers' notes
 * @param identities identity versions in recorded order, never empty
 * @param statusHistory status changes in recorded order, never empty
 * @param events the timeline, by date
 * @param createdAt when the child was registered
 * @param updatedAt when the record last changed
 * @param restricted true when only the grantees may see the child (protection concerns)
 * @param grantees who may see a restricted child: {@code user:<name>} or
 * {@code role:<ROLE>}
 * @param consent what the family agreed to, or null when not recorded
 * @param mergedInto the child this record was merged into, or null
 * @param merged the records merged into this one; their identity versions and events are
 * shown with this child's
 */
public record Child(UUID id, String caseNumber, ChildStatus status, boolean synthetic, @Nullable String notes,
		List<IdentityVersion> identities, List<StatusChange> statusHistory, List<ChildEvent> events, Instant createdAt,
		Instant updatedAt, boolean restricted, List<String> grantees, @Nullable Consent consent,
		@Nullable UUID mergedInto, List<UUID> merged) {

	public Child {
		identities = List.copyOf(identities);
		statusHistory = List.copyOf(statusHistory);
		events = List.copyOf(events);
		grantees = List.copyOf(grantees);
		merged = List.copyOf(merged);
		if (identities.isEmpty()) {
			throw new IllegalArgumentException("a child has at least one identity");
		}
	}

	/**
	 * The child's own identity: the first recorded one that was not imposed after
	 * deportation, or the first one when all were imposed.
	 * @return the primary identity version
	 */
	public IdentityVersion primaryIdentity() {
		return primaryOf(this.identities);
	}

	static IdentityVersion primaryOf(List<IdentityVersion> versions) {
		return versions.stream().filter(v -> !v.identity().imposed()).findFirst().orElse(versions.get(0));
	}

}
