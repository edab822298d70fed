package org.homeward.evidence;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.homeward.HomewardApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mentions import killed half-way (SIGKILL, in its own process) leaves nothing behind:
 * the next start finds the source without a single mention of that file, and importing
 * the file again then lands it whole.
 */
class MentionImportKillTest {

	private static final int ROWS = 250_000;

	@TempDir
	Path data;

	@Test
	void killedImportLeavesNoPartialImport() throws Exception {
		long source;
		try (ConfigurableApplicationContext context = start()) {
			source = context.getBean(EvidenceArchive.class)
				.createSource(new SourceDraft(SourceKind.OFFICIAL_LIST, "A long synthetic list", "Synthetic", null,
						"uk", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2), "B2", false, "synthetic"), "test")
				.id();
		}
		Path file = this.data.resolve("big.csv");
		StringBuilder csv = new StringBuilder(
				"record_id,source,given_name,family_name,patronymic,sex,birth_date,settlement,oblast\n");
		for (int i = 1; i <= ROWS; i++) {
			csv.append("k").append(i).append(",list,Synthetic").append(i % 977).append(",Testenko,,F,2012,,\n");
		}
		Files.writeString(file, csv);

		Process importing = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
				EvidenceCommand.class.getName(), "import-mentions", "--source", Long.toString(source), file.toString(),
				"--spring.datasource.url=" + url(), "--homeward.data=" + this.data,
				"--HOMEWARD_ADMIN_PASSWORD=kill-test-secret-77")
			.redirectErrorStream(true)
			.redirectOutput(this.data.resolve("import.log").toFile())
			.start();
		Path database = this.data.resolve("db.mv.db");
		long before = Files.size(database);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (importing.isAlive() && Files.size(database) < before + 4_000_000 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		boolean killedMidway = importing.isAlive();
		importing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		try (ConfigurableApplicationContext context = start()) {
			SourceMentions mentions = context.getBean(SourceMentions.class);
			List<Mention> stored = mentions.mentions(source);
			assertThat(stored.size()).as("all or nothing").isIn(0, ROWS);
			if (killedMidway) {
				assertThat(stored).isEmpty();
				MentionImportReport report = mentions.importMentions(source,
						new MentionUpload("big.csv", Files.readAllBytes(file), false), "test");
				assertThat(report.imported()).isEqualTo(ROWS);
			}
		}
		assertThat(killedMidway).as("the import was still running when it was killed").isTrue();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(HomewardApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url(), "--homeward.data=" + this.data,
					"--HOMEWARD_ADMIN_PASSWORD=kill-test-secret-77", "--spring.main.banner-mode=off");
	}

	private String url() {
		return "jdbc:h2:file:" + this.data.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH";
	}

	private static String javaBinary() {
		return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
	}

}
