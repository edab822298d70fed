package org.homeward.evidence;

import java.time.Instant;

/**
 * A source as recorded.
 *
 * @param id its id
 * @param details what the researcher stated
 * @param createdBy who recorded it
 * @param createdAt when
 * @param updatedAt when it was last changed
 */
public record Source(long id, SourceDraft details, String createdBy, Instant createdAt, Instant updatedAt) {

}
