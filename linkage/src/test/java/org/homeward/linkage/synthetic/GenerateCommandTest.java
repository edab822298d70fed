package org.homeward.linkage.synthetic;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.homeward.linkage.cli.GenerateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {

	@TempDir
	Path out;

	@Test
	void writesRecordsAndTruthWithTheirHeaders() throws IOException {
		StringWriter console = new StringWriter();
		int exit = new CommandLine(new GenerateCommand()).setOut(new PrintWriter(console))
			.execute("--children", "50", "--seed", "11", "--out", this.out.toString());
		List<String> records = Files.readAllLines(this.out.resolve("records.csv"), StandardCharsets.UTF_8);
		List<String> truth = Files.readAllLines(this.out.resolve("truth.csv"), StandardCharsets.UTF_8);
		assertThat(exit).isZero();
		assertThat(records.get(0))
			.isEqualTo("record_id,source,given_name,family_name,patronymic,sex,birth_date,settlement,oblast");
		assertThat(truth.get(0)).isEqualTo("record_id,entity_id");
		assertThat(records).hasSameSizeAs(truth).hasSizeGreaterThan(100);
		assertThat(console.toString()).contains("50 synthetic children");
	}

	@Test
	void writesTheSameBytesForTheSameSeed() throws IOException {
		Path again = this.out.resolve("again");
		new CommandLine(new GenerateCommand()).execute("--children", "30", "--seed", "5", "--out", this.out.toString());
		new CommandLine(new GenerateCommand()).execute("--children", "30", "--seed", "5", "--out", again.toString());
		assertThat(Files.readAllBytes(again.resolve("records.csv")))
			.isEqualTo(Files.readAllBytes(this.out.resolve("records.csv")));
	}

	@Test
	void refusesZeroChildren() {
		StringWriter errors = new StringWriter();
		int exit = new CommandLine(new GenerateCommand()).setErr(new PrintWriter(errors))
			.execute("--children", "0", "--out", this.out.toString());
		assertThat(exit).isEqualTo(2);
		assertThat(errors.toString()).contains("--children must be at least 1");
	}

}
