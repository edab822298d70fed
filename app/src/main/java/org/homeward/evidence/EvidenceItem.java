package org.homeward.evidence;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One stored item of a capture.
 *
 * @param id the item's id
 * @param captureId the capture it belongs to
 * @param sha256 the SHA-256 of its bytes, lower-case hex: its address in the store
 * @param size its size in bytes
 * @param role what it is
 * @param fileName its file name
 * @param contentType its media type
 * @param derivedFrom the SHA-256 of the item it was made from, or null for an original
 * @param addedAt when it was added
 */
public record EvidenceItem(long id, long captureId, String sha256, long size, ItemRole role, String fileName,
		String contentType, @Nullable String derivedFrom, Instant addedAt) {

}
