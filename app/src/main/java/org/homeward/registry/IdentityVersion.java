package org.homeward.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * One identity of a child as recorded, in the order it was recorded.
 *
 * @param id the version's id
 * @param sequence 1 for the first recorded identity, then 2, 3, ...
 * @param identity what the source says
 * @param recordedAt when it was recorded in Homeward
 * @param recordedBy who recorded it
 */
public record IdentityVersion(UUID id, int sequence, Identity identity, Instant recordedAt, String recordedBy) {

}
