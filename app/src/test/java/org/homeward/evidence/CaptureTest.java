package org.homeward.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;
import org.homeward.evidence.EvidenceRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Web captures from a server on loopback and uploads: redirects followed, a 404 kept as
 * such, a body over the limit and a slow server refused without storing anything, the
 * same bytes stored once, and each item's chain of custody.
 */
class CaptureTest extends EvidenceTestBase {

	@Autowired
	EvidenceArchive archive;

	@Autowired
	JdbcClient jdbc;

	@Test
	void followsRedirectsAndKeepsTheExchangeAsWarcRecords() throws IOException {
		long source = this.archive.createSource(draft("Redirected report"), "investigator").id();
		Capture capture = this.archive.captureUrl(source, WEB.url("/moved"), "investigator");
		assertThat(capture.requestedUrl()).endsWith("/moved");
		assertThat(capture.finalUrl()).endsWith("/page");
		assertThat(capture.httpStatus()).isEqualTo(200);
		assertThat(capture.items()).extracting(EvidenceItem::role)
			.containsExactly(ItemRole.ORIGINAL, ItemRole.WARC, ItemRole.MANIFEST, ItemRole.TIMESTAMP_TOKEN,
					ItemRole.TIMESTAMP_CHAIN);
		assertThat(read(item(capture, ItemRole.ORIGINAL))).isEqualTo(TestWebServer.PAGE);

		List<String> types = new ArrayList<>();
		try (InputStream in = this.archive.open(item(capture, ItemRole.WARC).sha256(), CustodyAction.VIEW, "legal");
				WarcReader reader = new WarcReader(in)) {
			for (WarcRecord record : reader) {
				types.add(record.type());
				if (record instanceof WarcRequest request) {
					assertThat(request.http().method()).isEqualTo("GET");
					assertThat(request.target()).endsWith("/page");
				}
				if (record instanceof WarcResponse response) {
					assertThat(response.http().status()).isEqualTo(200);
					assertThat(response.http().headers().first("Content-Type"))
						.hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
					assertThat(new String(response.http().body().stream().readAllBytes(), StandardCharsets.UTF_8))
						.isEqualTo(TestWebServer.PAGE);
				}
				if (record instanceof WarcMetadata metadata) {
					assertThat(metadata.fields().all("redirect")).singleElement()
						.satisfies(r -> assertThat(r).startsWith("302 ").contains("/moved").endsWith("/page"));
				}
			}
		}
		assertThat(types).containsExactly("request", "response", "metadata");
	}

	@Test
	void recordsANotFoundPageAsSuch() {
		long source = this.archive.createSource(draft("Deleted report"), "investigator").id();
		Capture capture = this.archive.captureUrl(source, WEB.url("/missing"), "investigator");
		assertThat(capture.httpStatus()).isEqualTo(404);
		assertThat(read(item(capture, ItemRole.ORIGINAL))).contains("Not found");
		assertThat(this.archive.captures(source)).singleElement()
			.satisfies(c -> assertThat(c.httpStatus()).isEqualTo(404));
	}

	@Test
	void refusesABodyOverTheLimitWithoutStoringAnything() throws IOException {
		long source = this.archive.createSource(draft("Huge page"), "investigator").id();
		long filesBefore = storedFiles();
		assertThatThrownBy(() -> this.archive.captureUrl(source, WEB.url("/big"), "investigator"))
			.isInstanceOfSatisfying(EvidenceRefusedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.TOO_LARGE))
			.hasMessageContaining("65536");
		assertThat(storedFiles()).isEqualTo(filesBefore);
		assertThat(this.archive.captures(source)).isEmpty();
		try (Stream<Path> temp = Files.list(DATA.resolve("evidence/tmp"))) {
			assertThat(temp).isEmpty();
		}
	}

	@Test
	void givesUpOnASlowServer() {
		long source = this.archive.createSource(draft("Slow site"), "investigator").id();
		long started = System.nanoTime();
		assertThatThrownBy(() -> this.archive.captureUrl(source, WEB.url("/slow"), "investigator"))
			.isInstanceOfSatisfying(EvidenceRefusedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.TIMEOUT));
		assertThat(System.nanoTime() - started).isLessThan(3_900_000_000L);
		assertThat(this.archive.captures(source)).isEmpty();
	}

	@Test
	void refusesAddressesOfItsOwnNetworkByDefault() {
		WebFetcher fetcher = new WebFetcher(new ContentStore(DATA.toString(), 1024), Duration.ofSeconds(1),
				Clock.systemUTC(), false);
		for (String url : List.of(WEB.url("/page"), "http://localhost:9/", "http://169.254.169.254/latest/meta-data",
				"http://10.1.2.3/", "http://[::1]:9/")) {
			assertThatThrownBy(() -> fetcher.fetch(URI.create(url))).as(url)
				.isInstanceOfSatisfying(EvidenceRefusedException.class,
						ex -> assertThat(ex.reason()).isEqualTo(Reason.PRIVATE_ADDRESS));
		}
	}

	@Test
	void storesTheSameBytesOnce() throws IOException {
		long first = this.archive.createSource(draft("First post"), "investigator").id();
		long second = this.archive.createSource(draft("Repost"), "investigator").id();
		byte[] pdf = "%PDF-1.4\n% synthetic list of synthetic children\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		Capture a = this.archive.upload(first, "list.pdf", "application/pdf", new ByteArrayInputStream(pdf),
				"investigator");
		long filesAfterFirst = storedFiles();
		Capture b = this.archive.upload(second, "copy.pdf", "application/pdf", new ByteArrayInputStream(pdf),
				"investigator");
		String sha = item(a, ItemRole.ORIGINAL).sha256();
		assertThat(item(b, ItemRole.ORIGINAL).sha256()).isEqualTo(sha);
		assertThat(this.jdbc.sql("select count(*) from evidence_blob where sha256 = :sha")
			.param("sha", sha)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.archive.items(sha)).hasSize(2);
		Path stored = DATA.resolve("evidence/sha256").resolve(sha.substring(0, 2)).resolve(sha.substring(2));
		assertThat(stored).hasBinaryContent(pdf);
		assertThat(stored.toFile().canWrite() && !"root".equals(System.getProperty("user.name"))).isFalse();
		/*
		 * the second capture adds only its own manifest and timestamp: the PDF is not
		 * stored again
		 */
		assertThat(storedFiles() - filesAfterFirst).isLessThanOrEqualTo(3);
	}

	@Test
	void refusesAFileWhoseBytesAreNotItsType() {
		long source = this.archive.createSource(draft("Screenshot"), "investigator").id();
		assertThatThrownBy(() -> this.archive.upload(source, "shot.png", "image/png",
				new ByteArrayInputStream("not a picture".getBytes(StandardCharsets.UTF_8)), "investigator"))
			.isInstanceOfSatisfying(EvidenceRefusedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.CONTENT_TYPE))
			.hasMessageContaining("shot.png");
		assertThatThrownBy(() -> this.archive.upload(source, "tool.exe", "application/x-msdownload",
				new ByteArrayInputStream(new byte[] { 'M', 'Z' }), "investigator"))
			.hasMessageContaining("application/x-msdownload");
		assertThat(this.archive.captures(source)).isEmpty();
	}

	@Test
	void keepsEachItemsChainOfCustody() throws IOException {
		long source = this.archive.createSource(draft("Post with a name"), "investigator").id();
		Capture capture = this.archive.upload(source, "post.html", "text/html",
				new ByteArrayInputStream(TestWebServer.PAGE.getBytes(StandardCharsets.UTF_8)), "investigator");
		String original = item(capture, ItemRole.ORIGINAL).sha256();
		this.archive.open(original, CustodyAction.DOWNLOAD, "legal").close();
		EvidenceItem redacted = this.archive.addDerived(original, ItemRole.REDACTED, "post-redacted.html", "text/html",
				new ByteArrayInputStream(
						"<p>A synthetic news report about [child].</p>".getBytes(StandardCharsets.UTF_8)),
				"investigator");
		assertThat(redacted.derivedFrom()).isEqualTo(original);
		assertThat(redacted.captureId()).isEqualTo(capture.id());
		assertThat(this.archive.custody(original)).extracting(CustodyEntry::action, CustodyEntry::actor)
			.containsExactly(Tuple.tuple(CustodyAction.CAPTURE, "investigator"),
					Tuple.tuple(CustodyAction.DOWNLOAD, "legal"), Tuple.tuple(CustodyAction.REDACTION, "investigator"));
		assertThat(this.archive.custody(redacted.sha256())).extracting(CustodyEntry::action)
			.containsExactly(CustodyAction.REDACTION);
		assertThat(read(item(capture, ItemRole.ORIGINAL))).isEqualTo(TestWebServer.PAGE);
	}

	private static EvidenceItem item(Capture capture, ItemRole role) {
		return capture.items().stream().filter(i -> i.role() == role).findFirst().orElseThrow();
	}

	private String read(EvidenceItem item) {
		try (InputStream in = this.archive.open(item.sha256(), CustodyAction.VIEW, "test")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long storedFiles() throws IOException {
		Path root = DATA.resolve("evidence/sha256");
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

}
