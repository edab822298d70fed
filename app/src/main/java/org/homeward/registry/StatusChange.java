package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One step of a child's status history.
 *
 * @param id the change's id
 * @param from the status before, null for the first one
 * @param to the status after
 * @param date when it happened in the world
 * @param reason why, possibly empty for a forward move
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 */
public record StatusChange(UUID id, @Nullable ChildStatus from, ChildStatus to, LocalDate date, String reason,
		Instant recordedAt, String recordedBy) {

}
