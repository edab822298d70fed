package org.homeward.evidence;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One capture of a source: an upload, or the server's fetch of a URL.
 *
 * @param id its id
 * @param sourceId the source
 * @param method {@code UPLOAD} or {@code WEB}
 * @param requestedUrl the URL asked for, or null for an upload
 * @param finalUrl the URL after redirects, or null
 * @param httpStatus the status the server answered, or null
 * @param capturedAt when
 * @param capturedBy who
 * @param items the stored items, oldest first
 * @param timestamps the trusted timestamps over its manifest; empty when not timestamped
 */
public record Capture(long id, long sourceId, String method, @Nullable String requestedUrl, @Nullable String finalUrl,
		@Nullable Integer httpStatus, Instant capturedAt, String capturedBy, List<EvidenceItem> items,
		List<Timestamp> timestamps) {

	public Capture {
		items = List.copyOf(items);
		timestamps = List.copyOf(timestamps);
	}

	/**
	 * Whether at least one authority timestamped this capture.
	 * @return false when it is "not timestamped"
	 */
	public boolean timestamped() {
		return !this.timestamps.isEmpty();
	}

	/**
	 * An RFC 3161 timestamp over the capture's manifest, verified on receipt.
	 *
	 * @param authority the authority's URL
	 * @param manifestSha256 the manifest it covers
	 * @param tokenSha256 the stored time-stamp response
	 * @param chainSha256 the stored certificate chain of the authority, PEM
	 * @param genTime the time the authority states
	 */
	public record Timestamp(String authority, String manifestSha256, String tokenSha256, String chainSha256,
			Instant genTime) {

	}

}
