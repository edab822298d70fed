package org.homeward.linkage.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.homeward.linkage.cli.EvaluateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateCommandTest {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void printsPairCountsAndScoresAgainstATruthFile() throws IOException {
		Path truth = write("truth.csv", "record_id,entity_id\na,E1\nb,E1\nc,E1\nd,E2\ne,E2\nf,E3\n");
		Path clusters = write("clusters.csv", "record_id,cluster_id\na,C1\nb,C1\nc,C2\nd,C2\ne,C3\nf,C3\n");
		assertThat(run("--truth", truth.toString(), "--clusters", clusters.toString())).isZero();
		assertThat(this.out.toString()).contains("true positive pairs   1", "false positive pairs  2",
				"false negative pairs  3", "precision             0.3333", "recall                0.2500",
				"F1                    0.2857");
	}

	/*
	 * rec-1 org and dup-0 together (1 true pair), rec-2 org and dup-0 apart (1 missed),
	 * rec-3-org wrongly with rec-1 (2 false pairs): P = 1/3, R = 1/2, F1 = 0.4.
	 */
	@Test
	void takesTheTruthFromFebrlIds() throws IOException {
		Path clusters = write("clusters.csv",
				"record_id,cluster_id\nrec-1-org,k\nrec-1-dup-0,k\nrec-3-org,k\nrec-2-org,m\nrec-2-dup-0,n\n");
		assertThat(run("--febrl", "--clusters", clusters.toString())).isZero();
		assertThat(this.out.toString()).contains("true positive pairs   1", "false positive pairs  2",
				"false negative pairs  1", "F1                    0.4000");
	}

	@Test
	void namesFileLineAndColumnOfAnUnknownRecord() throws IOException {
		Path truth = write("truth.csv", "record_id,entity_id\na,E1\n");
		Path clusters = write("clusters.csv", "record_id,cluster_id\na,C1\nzz,C1\n");
		assertThat(run("--truth", truth.toString(), "--clusters", clusters.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains(clusters + " line 3, column record_id: record zz is not in");
	}

	@Test
	void namesTheLineOfANonFebrlId() throws IOException {
		Path clusters = write("clusters.csv", "record_id,cluster_id\nrec-1-org,k\nperson-2,k\n");
		assertThat(run("--febrl", "--clusters", clusters.toString())).isEqualTo(2);
		assertThat(this.err.toString())
			.contains(clusters + " line 3, column record_id: record person-2 is not a FEBRL id");
	}

	@Test
	void namesAFileThatCannotBeRead() {
		Path missing = this.dir.resolve("missing.csv");
		assertThat(run("--febrl", "--clusters", missing.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("evaluate: cannot read", "missing.csv");
	}

	@Test
	void wantsExactlyOneTruth() throws IOException {
		Path truth = write("truth.csv", "record_id,entity_id\na,E1\n");
		assertThat(run("--febrl", "--truth", truth.toString(), "--clusters", truth.toString())).isEqualTo(2);
		assertThat(run("--clusters", truth.toString())).isEqualTo(2);
	}

	private int run(String... args) {
		return new CommandLine(new EvaluateCommand()).setOut(new PrintWriter(this.out))
			.setErr(new PrintWriter(this.err))
			.execute(args);
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content, StandardCharsets.UTF_8);
	}

}
