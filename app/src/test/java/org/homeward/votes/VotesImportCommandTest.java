package org.homeward.votes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code homeward import votes FILE}: a non-web application context, a report, and the
 * exit status.
 */
class VotesImportCommandTest {

	private static final String DATABASE = "--spring.datasource.url=jdbc:h2:mem:votes-cli;MODE=PostgreSQL;"
			+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	@Test
	void importsAFileReportsItAndRefusesABadOneWithItsLine() throws IOException {
		Path good = this.dir.resolve("good.csv");
		Files.writeString(good, "member,vote\nUkraine,Y\nPoland,Y\nRussian Federation,N\n");
		assertThat(run(good.toString(), "--symbol=TEST/RES/CLI-1", "--title=Synthetic", "--date=2025-12-03",
				"--time=10:42", "--majority=two-thirds", "--yes=2", "--no=1", "--abstain=0", DATABASE))
			.isZero();
		assertThat(text(this.out)).contains("TEST/RES/CLI-1: yes 2, no 1, abstain 0, non-voting 0, adopted");

		Path bad = this.dir.resolve("bad.csv");
		Files.writeString(bad, "member,vote\nUkraine,Y\nNarnia,N\n");
		assertThat(run(bad.toString(), "--symbol=TEST/RES/CLI-2", "--title=Synthetic", "--date=2025-12-03", DATABASE))
			.isEqualTo(1);
		assertThat(text(this.err)).contains("bad.csv refused, nothing stored").contains("bad.csv:3 [member]");
	}

	@Test
	void wrongArgumentsExitWithTwoBeforeStartingAnything() throws IOException {
		assertThat(run()).isEqualTo(2);
		assertThat(text(this.err)).startsWith("Usage: homeward import votes FILE");
		Path simple = this.dir.resolve("simple.csv");
		Files.writeString(simple, "member,vote\nUkraine,Y\n");
		assertThat(run(simple.toString())).isEqualTo(2);
		assertThat(text(this.err)).contains("needs the resolution's symbol, title and date");
		assertThat(run(this.dir.resolve("missing.csv").toString())).isEqualTo(2);
	}

	private int run(String... args) {
		return VotesImportCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
