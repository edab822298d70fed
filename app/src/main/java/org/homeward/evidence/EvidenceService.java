package org.homeward.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.homeward.evidence.CaptureRecorder.CaptureHeader;
import org.homeward.evidence.CaptureRecorder.NewItem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence archive, backed by the {@link ContentStore}, the repositories and the
 * audit ledger.
 */
@Service
class EvidenceService implements EvidenceArchive {

	private final JdbcSourceRepository sources;

	private final JdbcCaptureRepository captures;

	private final ContentStore store;

	private final WebFetcher fetcher;

	private final CaptureRecorder recorder;

	private final CustodyLog custody;

	private final AuditLedger audit;

	private final CourtPackageWriter packages;

	private final Clock clock;

	EvidenceService(JdbcSourceRepository sources, JdbcCaptureRepository captures, ContentStore store,
			WebFetcher fetcher, CaptureRecorder recorder, CustodyLog custody, AuditLedger audit,
			CourtPackageWriter packages, Clock clock) {
		this.sources = sources;
		this.captures = captures;
		this.store = store;
		this.fetcher = fetcher;
		this.recorder = recorder;
		this.custody = custody;
		this.audit = audit;
		this.packages = packages;
		this.clock = clock;
	}

	@Override
	public List<Source> sources() {
		return this.sources.list();
	}

	@Override
	public Source source(long id) {
		return this.sources.find(id).orElseThrow(() -> new NoSuchElementException("No source with id " + id));
	}

	@Override
	@Transactional
	public Source createSource(SourceDraft draft, String actor) {
		long id = this.sources.insert(draft, actor, this.clock.instant());
		this.audit.record(actor, AuditAction.CREATE, "source", Long.toString(id), Map.of("after", draft));
		return source(id);
	}

	@Override
	@Transactional
	public Source updateSource(long id, SourceDraft draft, String actor) {
		Source before = source(id);
		this.sources.update(id, draft, this.clock.instant());
		this.audit.record(actor, AuditAction.CHANGE, "source", Long.toString(id),
				Map.of("before", before.details(), "after", draft));
		return source(id);
	}

	@Override
	public List<Capture> captures(long sourceId) {
		source(sourceId);
		return this.captures.forSource(sourceId);
	}

	@Override
	public Capture upload(long sourceId, String fileName, @Nullable String contentType, InputStream content,
			String actor) {
		source(sourceId);
		String name = fileName(fileName);
		String type = UploadTypes.resolve(contentType, name);
		StoredBlob blob = storeChecked(type, name, content);
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		return this.recorder.record(sourceId, new CaptureHeader("UPLOAD", null, null, null, at),
				List.of(new NewItem(blob, ItemRole.ORIGINAL, name, type, null)), actor);
	}

	@Override
	public Capture captureUrl(long sourceId, String url, String actor) {
		source(sourceId);
		SourceDraft.checkUrl(url);
		WebFetcher.FetchedPage page = this.fetcher.fetch(URI.create(url));
		List<NewItem> items = new ArrayList<>();
		String type = page.contentType().split(";")[0].strip();
		items.add(new NewItem(page.body(), ItemRole.ORIGINAL, bodyName(page.finalUrl(), type), type, null));
		items.add(new NewItem(page.warc(), ItemRole.WARC, "capture.warc", "application/warc", null));
		if (page.tlsChain() != null) {
			items
				.add(new NewItem(page.tlsChain(), ItemRole.TLS_CHAIN, "tls-chain.pem", "application/x-pem-file", null));
		}
		CaptureHeader header = new CaptureHeader("WEB", url, page.finalUrl().toString(), page.status(), page.at());
		return this.recorder.record(sourceId, header, items, actor);
	}

	@Override
	public EvidenceItem addDerived(String originalSha256, ItemRole role, String fileName, @Nullable String contentType,
			InputStream content, String actor) {
		if (!role.derived()) {
			throw new IllegalArgumentException("a derived item is EXTRACTED_TEXT or REDACTED, not " + role);
		}
		EvidenceItem original = items(originalSha256).get(0);
		String name = fileName(fileName);
		String type = UploadTypes.resolve(contentType, name);
		StoredBlob blob = storeChecked(type, name, content);
		return this.recorder.addDerived(original, new NewItem(blob, role, name, type, originalSha256), actor);
	}

	@Override
	public List<EvidenceItem> items(String sha256) {
		this.store.path(sha256);
		List<EvidenceItem> items = this.captures.items(sha256);
		if (items.isEmpty()) {
			throw new NoSuchElementException("No evidence item " + sha256);
		}
		return items;
	}

	@Override
	public InputStream open(String sha256, CustodyAction action, String actor) {
		if (action != CustodyAction.VIEW && action != CustodyAction.DOWNLOAD) {
			throw new IllegalArgumentException("opening an item is a VIEW or a DOWNLOAD, not " + action);
		}
		items(sha256);
		this.custody.record(actor, action, sha256, Map.of());
		return this.store.open(sha256);
	}

	@Override
	public List<CustodyEntry> custody(String sha256) {
		items(sha256);
		return this.custody.entries(sha256);
	}

	@Override
	public void writeCourtPackage(List<Long> sourceIds, OutputStream out, String actor) {
		List<Source> chosen = sourceIds.stream().map(this::source).toList();
		this.packages.write(chosen, out, actor);
	}

	private StoredBlob storeChecked(String type, String name, InputStream content) {
		BufferedInputStream in = new BufferedInputStream(content);
		try {
			in.mark(16);
			byte[] head = in.readNBytes(12);
			in.reset();
			UploadTypes.checkSignature(type, head, name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.store.put(in);
	}

	private static String fileName(String name) {
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).strip();
		base = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
		if (base.isEmpty() || base.startsWith(".")) {
			throw new IllegalArgumentException("the file needs a name");
		}
		return (base.length() > 200) ? base.substring(base.length() - 200) : base;
	}

	private static String bodyName(URI url, String type) {
		String path = (url.getPath() != null) ? url.getPath() : "";
		String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
		if (last.isEmpty() || last.startsWith(".")) {
			last = type.contains("html") ? "page.html" : "body";
		}
		return (last.length() > 100) ? last.substring(0, 100) : last;
	}

}
