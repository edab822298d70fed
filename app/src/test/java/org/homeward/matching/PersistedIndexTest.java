package org.homeward.matching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.homeward.HomewardApplication;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity index on disk, across restarts of the application on one H2 file: written
 * at shutdown, read at the next start, rebuilt when another process changed an identity,
 * when the file is damaged, and by {@code ./homeward reindex}.
 */
class PersistedIndexTest {

	@TempDir
	Path data;

	@Test
	void isReadAtStartWhileInStepAndRebuiltOtherwise() throws IOException {
		try (ConfigurableApplicationContext context = start(false)) {
			assertThat(index(context).startup()).startsWith("rebuilt: no index file yet");
		}
		Path file = this.data.resolve("index/identities.idx");
		assertThat(file).exists();
		try (ConfigurableApplicationContext context = start(false)) {
			assertThat(index(context).startup()).isEqualTo("loaded");
			assertThat(index(context).size()).isGreaterThan(20);
			ReviewFixtures.registerGirl(context.getBean(ChildRegistry.class), "Вовкогон");
			assertThat(search(context, "Bohdana Vovkohon")).isNotEmpty();
		}
		try (ConfigurableApplicationContext context = start(false)) {
			assertThat(index(context).startup()).isEqualTo("loaded");
			assertThat(search(context, "Bohdana Vovkohon")).isNotEmpty();
		}
		try (ConfigurableApplicationContext operator = start(true)) {
			ReviewFixtures.registerGirl(operator.getBean(ChildRegistry.class), "Твердохліб");
		}
		try (ConfigurableApplicationContext context = start(false)) {
			assertThat(index(context).startup()).startsWith("rebuilt: index file reflects identity changes");
			assertThat(search(context, "Bohdana Tverdokhlib")).isNotEmpty();
		}
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length / 2] ^= 0x5A;
		Files.write(file, bytes);
		try (ConfigurableApplicationContext context = start(false)) {
			assertThat(index(context).startup()).isEqualTo("rebuilt: index file damaged (checksum mismatch)");
		}
		Files.write(file, java.util.Arrays.copyOf(bytes, 100));
		try (ConfigurableApplicationContext context = start(false)) {
			assertThat(index(context).startup()).startsWith("rebuilt: index file damaged");
		}
	}

	@Test
	void reindexRebuildsTheFileWithAProgressBar() throws IOException {
		start(false).close();
		Path file = this.data.resolve("index/identities.idx");
		Files.delete(file);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ReindexCommand.run(new String[] { "--homeward.data=" + this.data }, print(out), print(err), false);
		assertThat(status).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Indexed ");
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Indexing: 0%", "Indexing: 100%",
				"Indexed 24 children");
		assertThat(file).exists();
		try (ConfigurableApplicationContext context = start(false)) {
			assertThat(index(context).startup()).isEqualTo("loaded");
		}
		assertThat(ReindexCommand.run(new String[] { "stray" }, print(out), print(err), false)).isEqualTo(2);
	}

	private ConfigurableApplicationContext start(boolean operator) {
		return new SpringApplicationBuilder(HomewardApplication.class).web(WebApplicationType.NONE)
			.run("--homeward.data=" + this.data, "--homeward.demo=true", "--homeward.demo-children=24",
					"--homeward.operator=" + operator, "--spring.main.banner-mode=off", "--logging.level.root=WARN");
	}

	private static IdentityIndex index(ConfigurableApplicationContext context) {
		return context.getBean(IdentityIndex.class);
	}

	private static List<SearchHit> search(ConfigurableApplicationContext context, String text) {
		return context.getBean(ChildSearch.class)
			.search(text, new ChildSearch.Filters(null, null, null), new Viewer(java.util.Set.of()), 10);
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
