package org.homeward.evidence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns stored bytes into a recorded capture: writes the capture's manifest (its items
 * and their SHA-256), has it timestamped by each configured authority (outside any
 * database transaction), then records the capture, its items, the tokens and a CAPTURE
 * custody entry per item in one transaction.
 */
@Component
class CaptureRecorder {

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final ContentStore store;

	private final JdbcCaptureRepository captures;

	private final TimestampAuthorities authorities;

	private final CustodyLog custody;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CaptureRecorder(ContentStore store, JdbcCaptureRepository captures, TimestampAuthorities authorities,
			CustodyLog custody, TransactionTemplate transaction, Clock clock) {
		this.store = store;
		this.captures = captures;
		this.authorities = authorities;
		this.custody = custody;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Records a capture of stored items.
	 * @param sourceId the source
	 * @param header what the capture is: method, URLs, status, time
	 * @param items the stored items, originals first
	 * @param actor who captured
	 * @return the capture
	 */
	Capture record(long sourceId, CaptureHeader header, List<NewItem> items, String actor) {
		byte[] manifest = manifest(sourceId, header, items, actor);
		StoredBlob manifestBlob = this.store.put(new ByteArrayInputStream(manifest));
		List<NewItem> all = new ArrayList<>(items);
		all.add(new NewItem(manifestBlob, ItemRole.MANIFEST, "manifest.json", "application/json", null));
		List<Capture.Timestamp> stamps = new ArrayList<>();
		int n = 0;
		for (TimestampAuthorities.IssuedTimestamp issued : this.authorities.stamp(manifest)) {
			n++;
			StoredBlob token = this.store.put(new ByteArrayInputStream(issued.response()));
			StoredBlob chain = this.store
				.put(new ByteArrayInputStream(issued.token().chainPem().getBytes(StandardCharsets.US_ASCII)));
			all.add(new NewItem(token, ItemRole.TIMESTAMP_TOKEN, "timestamp-" + n + ".tsr",
					"application/timestamp-reply", null));
			all.add(new NewItem(chain, ItemRole.TIMESTAMP_CHAIN, "timestamp-" + n + "-chain.pem",
					"application/x-pem-file", null));
			stamps.add(new Capture.Timestamp(issued.authority(), manifestBlob.sha256(), token.sha256(), chain.sha256(),
					issued.token().genTime()));
		}
		Long id = this.transaction.execute(status -> {
			long captureId = this.captures.insertCapture(sourceId, header.method(), header.requestedUrl(),
					header.finalUrl(), header.httpStatus(), header.at(), actor);
			Instant now = this.clock.instant();
			for (NewItem item : all) {
				this.captures.insertItem(captureId, item.blob(), item.role(), item.fileName(), item.contentType(),
						item.derivedFrom(), now);
				this.custody.record(actor, CustodyAction.CAPTURE, item.blob().sha256(),
						Map.of("capture", captureId, "source", sourceId, "role", item.role().name(), "file",
								item.fileName(), "size", item.blob().size()));
			}
			stamps.forEach(t -> this.captures.insertTimestamp(captureId, t));
			return captureId;
		});
		return this.captures.find(Objects.requireNonNull(id)).orElseThrow();
	}

	/**
	 * Adds a derived item to an existing capture.
	 */
	EvidenceItem addDerived(EvidenceItem original, NewItem derived, String actor) {
		this.transaction.executeWithoutResult(status -> {
			this.captures.insertItem(original.captureId(), derived.blob(), derived.role(), derived.fileName(),
					derived.contentType(), original.sha256(), this.clock.instant());
			CustodyAction action = (derived.role() == ItemRole.REDACTED) ? CustodyAction.REDACTION
					: CustodyAction.CAPTURE;
			Map<String, Object> detail = Map.of("capture", original.captureId(), "role", derived.role().name(), "file",
					derived.fileName(), "derivedFrom", original.sha256());
			this.custody.record(actor, action, derived.blob().sha256(), detail);
			this.custody.record(actor, action, original.sha256(),
					Map.of("capture", original.captureId(), "derived", derived.blob().sha256()));
		});
		return this.captures.items(derived.blob().sha256())
			.stream()
			.filter(i -> i.captureId() == original.captureId() && i.role() == derived.role())
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	private static byte[] manifest(long sourceId, CaptureHeader header, List<NewItem> items, String actor) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("format", "homeward-capture-manifest/1");
		m.put("source", sourceId);
		m.put("method", header.method());
		m.put("requestedUrl", header.requestedUrl());
		m.put("finalUrl", header.finalUrl());
		m.put("httpStatus", header.httpStatus());
		m.put("capturedAt", header.at().toString());
		m.put("capturedBy", actor);
		m.put("items", items.stream().map(i -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("file", i.fileName());
			entry.put("sha256", i.blob().sha256());
			entry.put("size", i.blob().size());
			entry.put("role", i.role().name());
			entry.put("contentType", i.contentType());
			return entry;
		}).toList());
		return JSON.writeValueAsBytes(m);
	}

	/**
	 * What a capture is.
	 *
	 * @param method {@code UPLOAD} or {@code WEB}
	 * @param requestedUrl the URL asked for, or null
	 * @param finalUrl the URL after redirects, or null
	 * @param httpStatus the final status, or null
	 * @param at when it was captured
	 */
	record CaptureHeader(String method, @Nullable String requestedUrl, @Nullable String finalUrl,
			@Nullable Integer httpStatus, Instant at) {

	}

	/**
	 * An item to record, already in the store.
	 *
	 * @param blob where its bytes are
	 * @param role what it is
	 * @param fileName its name
	 * @param contentType its type
	 * @param derivedFrom the original's SHA-256, or null
	 */
	record NewItem(StoredBlob blob, ItemRole role, String fileName, String contentType, @Nullable String derivedFrom) {

	}

}
