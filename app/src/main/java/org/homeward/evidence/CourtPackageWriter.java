package org.homeward.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a court package: a zip holding, per source and capture, the stored items under
 * their file names, the timestamped capture manifest, the timestamp tokens and chains;
 * each item's custody log under {@code custody/}; a {@code manifest.json} of every file
 * (SHA-256, size, capture time, URL); {@code SHA256SUMS} for {@code sha256sum -c}; and a
 * {@code README.txt} telling a court clerk how to verify it with standard tools.
 */
@Component
class CourtPackageWriter {

	private final JdbcCaptureRepository captures;

	private final ContentStore store;

	private final CustodyLog custody;

	private final TransactionTemplate transaction;

	CourtPackageWriter(JdbcCaptureRepository captures, ContentStore store, CustodyLog custody,
			TransactionTemplate transaction) {
		this.captures = captures;
		this.store = store;
		this.custody = custody;
		this.transaction = transaction;
	}

	void write(List<Source> sources, OutputStream out, String actor) {
		List<Capture> all = sources.stream().flatMap(s -> this.captures.forSource(s.id()).stream()).toList();
		Set<String> hashes = new TreeSet<>();
		all.forEach(c -> c.items().forEach(i -> hashes.add(i.sha256())));
		this.transaction
			.executeWithoutResult(status -> hashes.forEach(sha -> this.custody.record(actor, CustodyAction.EXPORT, sha,
					Map.of("package", "court", "sources", sources.stream().map(Source::id).toList()))));
		try {
			ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			Sums sums = new Sums();
			List<Map<String, Object>> manifest = new ArrayList<>();
			for (Source source : sources) {
				String dir = "sources/" + source.id() + "/";
				sums.add(zip, dir + "source.json", CaptureRecorder.JSON.writeValueAsBytes(source));
				manifest.add(described(dir + "source.json", sums.last(), "SOURCE_RECORD"));
				for (Capture capture : all.stream().filter(c -> c.sourceId() == source.id()).toList()) {
					writeCapture(zip, sums, manifest, dir + "captures/" + capture.id() + "/", capture);
				}
			}
			for (String sha : hashes) {
				sums.add(zip, "custody/" + sha + ".json",
						CaptureRecorder.JSON.writeValueAsBytes(this.custody.entries(sha)));
				manifest.add(described("custody/" + sha + ".json", sums.last(), "CUSTODY_LOG"));
			}
			sums.add(zip, "README.txt", readme());
			manifest.add(described("README.txt", sums.last(), "README"));
			sums.add(zip, "manifest.json",
					CaptureRecorder.JSON.writeValueAsBytes(Map.of("format", "homeward-court-package/1", "sources",
							sources.stream().map(Source::id).toList(), "files", manifest)));
			zip.putNextEntry(new ZipEntry("SHA256SUMS"));
			zip.write(sums.text().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			zip.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the court package", ex);
		}
	}

	private void writeCapture(ZipOutputStream zip, Sums sums, List<Map<String, Object>> manifest, String dir,
			Capture capture) throws IOException {
		Set<String> names = new HashSet<>();
		for (EvidenceItem item : capture.items()) {
			String name = names.add(item.fileName()) ? item.fileName() : item.id() + "-" + item.fileName();
			names.add(name);
			String path = dir + name;
			try (InputStream in = this.store.open(item.sha256())) {
				sums.add(zip, path, in);
			}
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("file", path);
			entry.put("sha256", item.sha256());
			entry.put("size", item.size());
			entry.put("role", item.role().name());
			entry.put("contentType", item.contentType());
			entry.put("capturedAt", capture.capturedAt().toString());
			entry.put("url", (capture.finalUrl() != null) ? capture.finalUrl() : "");
			entry.put("capture", capture.id());
			entry.put("custodyLog", "custody/" + item.sha256() + ".json");
			if (item.derivedFrom() != null) {
				entry.put("derivedFrom", item.derivedFrom());
			}
			manifest.add(entry);
		}
	}

	private static Map<String, Object> described(String path, String[] sumAndSize, String role) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("file", path);
		entry.put("sha256", sumAndSize[0]);
		entry.put("size", Long.parseLong(sumAndSize[1]));
		entry.put("role", role);
		return entry;
	}

	private static byte[] readme() {
		try (InputStream in = new ClassPathResource("evidence/README-package.txt").getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The lines of SHA256SUMS, in the format {@code sha256sum -c} reads. */
	private static final class Sums {

		private final StringBuilder lines = new StringBuilder();

		private String[] last = { "", "0" };

		void add(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
			add(zip, path, new ByteArrayInputStream(bytes));
		}

		void add(ZipOutputStream zip, String path, InputStream in) throws IOException {
			zip.putNextEntry(new ZipEntry(path));
			MessageDigest digest = ContentStore.sha256();
			DigestOutputStream out = new DigestOutputStream(zip, digest);
			long size = in.transferTo(out);
			zip.closeEntry();
			String sum = HexFormat.of().formatHex(digest.digest());
			this.lines.append(sum).append("  ").append(path).append('\n');
			this.last = new String[] { sum, Long.toString(size) };
		}

		/** The SHA-256 and size of the file added last. */
		String[] last() {
			return this.last;
		}

		String text() {
			return this.lines.toString();
		}

	}

}
