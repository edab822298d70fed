package org.homeward.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * An event on a child's timeline, as recorded.
 *
 * @param id the event's id
 * @param event what happened, when, where, and the sources
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 */
public record ChildEvent(UUID id, NewEvent event, Instant recordedAt, String recordedBy) {

}
