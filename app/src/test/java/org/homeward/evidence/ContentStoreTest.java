package org.homeward.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.homeward.evidence.EvidenceRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The write-once, content-addressed store.
 */
class ContentStoreTest {

	@TempDir
	Path data;

	@Test
	void storesTheSameBytesOnceUnderTheirHash() throws IOException {
		ContentStore store = new ContentStore(this.data.toString(), 1024);
		byte[] bytes = "synthetic evidence".getBytes(StandardCharsets.UTF_8);
		StoredBlob first = store.put(new ByteArrayInputStream(bytes));
		StoredBlob second = store.put(new ByteArrayInputStream(bytes));
		assertThat(first.added()).isTrue();
		assertThat(second.added()).isFalse();
		assertThat(second.sha256()).isEqualTo(first.sha256())
			.isEqualTo(java.util.HexFormat.of().formatHex(Rfc3161.sha256(bytes)));
		Path file = this.data.resolve("evidence/sha256")
			.resolve(first.sha256().substring(0, 2))
			.resolve(first.sha256().substring(2));
		assertThat(file).hasBinaryContent(bytes);
		assertThat(files()).isEqualTo(1);
	}

	@Test
	void refusesBytesOverTheLimitWhileStreamingAndKeepsNothing() throws IOException {
		ContentStore store = new ContentStore(this.data.toString(), 100);
		assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[101]))).isInstanceOfSatisfying(
				EvidenceRefusedException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.TOO_LARGE));
		assertThat(store.put(new ByteArrayInputStream(new byte[100])).size()).isEqualTo(100);
		assertThat(files()).isEqualTo(1);
		try (Stream<Path> temp = Files.list(this.data.resolve("evidence/tmp"))) {
			assertThat(temp).isEmpty();
		}
	}

	@Test
	void refusesAnAddressThatIsNotAHash() {
		ContentStore store = new ContentStore(this.data.toString(), 100);
		assertThatThrownBy(() -> store.path("../../etc/passwd")).isInstanceOf(java.util.NoSuchElementException.class);
	}

	private long files() throws IOException {
		try (Stream<Path> all = Files.walk(this.data.resolve("evidence/sha256"))) {
			return all.filter(Files::isRegularFile).count();
		}
	}

}
