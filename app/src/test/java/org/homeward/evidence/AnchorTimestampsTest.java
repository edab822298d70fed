package org.homeward.evidence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.homeward.access.LedgerAnchored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day's anchor of the audit ledger is timestamped by the configured authority, and the
 * token verifies against the anchor file.
 */
class AnchorTimestampsTest {

	@TempDir
	Path folder;

	@Test
	void timestampsTheAnchorFileWithEachAuthority() throws Exception {
		Path anchor = this.folder.resolve("2026-11-28.properties");
		Files.writeString(anchor, "seq=42\nhash=" + "a".repeat(64) + "\n", StandardCharsets.UTF_8);
		String url = TestTimestampAuthority.shared().url();
		new AnchorTimestamps(new TimestampAuthorities(url, Duration.ofSeconds(5)))
			.anchored(new LedgerAnchored(LocalDate.of(2026, 11, 28), 42, "a".repeat(64), anchor));
		Path token = this.folder.resolve("2026-11-28.properties.1.tsr");
		assertThat(token).exists();
		assertThat(this.folder.resolve("2026-11-28.properties.1.chain.pem")).exists();
		assertThat(Rfc3161.verifyOffline(Files.readAllBytes(token), Files.readAllBytes(anchor)).genTime()).isNotNull();
	}

	@Test
	void withoutAnAuthorityTheAnchorStandsAlone() throws Exception {
		Path anchor = this.folder.resolve("2026-11-29.properties");
		Files.writeString(anchor, "seq=1\n", StandardCharsets.UTF_8);
		new AnchorTimestamps(new TimestampAuthorities("", Duration.ofSeconds(1)))
			.anchored(new LedgerAnchored(LocalDate.of(2026, 11, 29), 1, "b".repeat(64), anchor));
		try (var files = Files.list(this.folder)) {
			assertThat(files.toList()).containsExactly(anchor);
		}
	}

}
