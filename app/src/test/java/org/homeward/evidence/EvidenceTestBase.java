package org.homeward.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application without a web server on its own in-memory database and evidence folder,
 * with a small size limit (64 KiB), a short fetch timeout (2 s), and the in-process
 * time-stamp authority on loopback. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.datasource.url=" + EvidenceTestBase.DATABASE, "homeward.evidence.max-bytes=65536",
				"homeward.evidence.fetch-timeout=PT2S", "homeward.evidence.allow-private-addresses=true" })
abstract class EvidenceTestBase {

	static final String DATABASE = "jdbc:h2:mem:evidence-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	static final Path DATA = dataFolder();

	static final TestWebServer WEB = TestWebServer.shared();

	@DynamicPropertySource
	static void evidence(DynamicPropertyRegistry registry) {
		registry.add("homeward.data", DATA::toString);
		registry.add("homeward.evidence.tsa-urls", () -> TestTimestampAuthority.shared().url());
	}

	static SourceDraft draft(String title) {
		return new SourceDraft(SourceKind.NEWS_REPORT, title, "Synthetic Gazette", WEB.url("/page"), "ru",
				LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 2), "B2", false, "synthetic test source");
	}

	private static Path dataFolder() {
		try {
			Files.createDirectories(Path.of("target"));
			return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "evidence-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
