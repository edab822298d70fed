package org.homeward.matching;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTest {

	@Test
	void printsOneLinePerTenthWhereTheTerminalCannotRedraw() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "relink", "actions",
				false);
		for (int done = 0; done <= 250; done++) {
			bar.update(done, 250);
		}
		bar.update(250, 250);
		String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
		assertThat(lines).hasSize(11);
		assertThat(lines[0]).isEqualTo("relink: 0% (0 of 250 actions)");
		assertThat(lines[10]).isEqualTo("relink: 100% (250 of 250 actions)");
		assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
	}

	@Test
	void redrawsOneLineOnATerminalAndEndsItOnce() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "Indexing", "children",
				true);
		for (int done = 0; done <= 2000; done++) {
			bar.update(done, 2000);
		}
		bar.update(2000, 2000);
		String out = bytes.toString(StandardCharsets.UTF_8);
		assertThat(out.chars().filter((c) -> c == '\r').count()).isEqualTo(101);
		assertThat(out).endsWith("Indexing [##############################] 100% 2,000 of 2,000 children\n");
		assertThat(out.chars().filter((c) -> c == '\n').count()).isOne();
	}

}
