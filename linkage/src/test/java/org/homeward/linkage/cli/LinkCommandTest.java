package org.homeward.linkage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class LinkCommandTest {

	private static final String HEADER = "record_id,source,given_name,family_name,patronymic,sex,birth_date,settlement,oblast";

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine cli = new CommandLine(new HomewardLinkageCli());
		cli.setOut(new PrintWriter(this.out, true));
		cli.setErr(new PrintWriter(this.err, true));
		return cli.execute(args);
	}

	private Path write(String name, String... lines) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void linksRecordsAcrossFilesAndScripts() throws IOException {
		Path ua = write("ua.csv", HEADER, "ua-1,ua-registry,Михайло,Коваленко,Петрович,M,2014-03-15,Маріуполь,Донецька",
				"ua-2,ua-registry,Олексій,Коваленко,Петрович,M,2014-03-15,Маріуполь,Донецька");
		Path news = write("news.csv", HEADER, "news-1,news,Mykhailo,Kovalenko,,M,2014-03-15,Mariupol,Donetsk",
				"list-1,official-list,KOVALENKO,MYKHAILO,PETROVYCH,M,2014-03-15,MARIUPOL,DONETSKA");
		Path clusters = this.dir.resolve("clusters.csv");
		Path pairs = this.dir.resolve("pairs.csv");
		int exit = run("link", "--input", ua.toString(), "--input", news.toString(), "--output", clusters.toString(),
				"--pairs", pairs.toString(), "--threads", "1");
		assertThat(exit).as(this.err.toString()).isZero();
		List<String> rows = Files.readAllLines(clusters);
		assertThat(rows).hasSize(5).first().isEqualTo("record_id,cluster_id");
		assertThat(clusterOf(rows, "news-1")).isEqualTo(clusterOf(rows, "ua-1")).isEqualTo(clusterOf(rows, "list-1"));
		assertThat(clusterOf(rows, "ua-2")).isNotEqualTo(clusterOf(rows, "ua-1"));
		assertThat(Files.readAllLines(pairs).get(0)).startsWith("left_id,right_id,weight,probability,decision")
			.contains("given_name_level,given_name_weight");
		assertThat(this.out.toString()).contains("records:", "candidate pairs:", "pairs/s:", "clusters:", "wall time:");
	}

	@Test
	void reportsPairCompletenessAndScoreAgainstATruthFile() throws IOException {
		Path input = write("in.csv", HEADER,
				"ua-1,ua-registry,Михайло,Коваленко,Петрович,M,2014-03-15,Маріуполь,Донецька",
				"news-1,news,Mykhailo,Kovalenko,,M,2014-03-15,Mariupol,Donetsk",
				"ua-2,ua-registry,Ірина,Бондар,,F,2012-01-02,Херсон,Херсонська",
				"news-2,news,Iryna,Bondar,,F,2012-01-02,Kherson,", "ru-1,ru-adoption-db,Ирина,Смирнова,,F,2011,,");
		Path truth = write("truth.csv", "record_id,entity_id", "ua-1,a", "news-1,a", "ua-2,b", "news-2,b", "ru-1,b");
		Path clusters = this.dir.resolve("clusters.csv");
		assertThat(
				run("link", "--input", input.toString(), "--output", clusters.toString(), "--truth", truth.toString()))
			.as(this.err.toString())
			.isZero();
		/*
		 * Смирнова 2011 shares no block with Бондар 2012: 2 of the 4 true pairs are
		 * candidates.
		 */
		assertThat(this.out.toString()).contains("pair completeness: 0.5000 (2 of 4 true pairs share a block)")
			.contains("pairwise:         precision 1.0000, recall 0.5000, F1 0.6667 (5 records in the truth)");
	}

	@Test
	void readsTheTruthFileBeforeLinking() throws IOException {
		Path input = write("in.csv", HEADER, "ua-1,ua-registry,Михайло,Коваленко,,M,2014-03-15,,");
		Path truth = write("truth.csv", "record_id,child", "ua-1,a");
		Path clusters = this.dir.resolve("clusters.csv");
		assertThat(
				run("link", "--input", input.toString(), "--output", clusters.toString(), "--truth", truth.toString()))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("truth.csv line 1");
		assertThat(clusters).doesNotExist();
	}

	/* Another schema, described by a profile file instead of code. */
	@Test
	void linksAnotherSchemaWithAProfileFile() throws IOException {
		Path profile = write("pupils.profile", "profile pupils", "pairs across-sources", "field first given-name veto",
				"field last family-name term-frequency", "field dob date", "field town place",
				"block any-order first:name-key last:name-key", "block last:skeleton dob:sorted-date");
		Path school = write("school.csv", "record_id,first,last,dob,town", "s-1,Михайло,Коваленко,2014-03-15,Маріуполь",
				"s-2,Олексій,Коваленко,2014-03-15,Маріуполь", "s-3,Ірина,Бондар,2012-01-02,Херсон");
		Path camp = write("camp.csv", "record_id,first,last,dob,town,note",
				"c-1,Mikhail,Kovalenko,2014-03-15,Mariupol,",
				"c-2,Ирина,Бондарь,2012-02-01,Херсон,swapped day and month");
		Path clusters = this.dir.resolve("clusters.csv");
		int exit = run("link", "--profile", profile.toString(), "--input", school.toString(), "--input",
				camp.toString(), "--output", clusters.toString());
		assertThat(exit).as(this.err.toString()).isZero();
		List<String> rows = Files.readAllLines(clusters);
		assertThat(rows).hasSize(6);
		assertThat(clusterOf(rows, "c-1")).isEqualTo(clusterOf(rows, "s-1"));
		assertThat(clusterOf(rows, "c-2")).isEqualTo(clusterOf(rows, "s-3"));
		assertThat(clusterOf(rows, "s-2")).isNotEqualTo(clusterOf(rows, "s-1"));
	}

	@Test
	void namesTheLineOfAMistakeInAProfileFile() throws IOException {
		Path profile = write("bad.profile", "profile pupils", "field first given-nmae");
		Path input = write("in.csv", "record_id,first", "a,Михайло");
		Path clusters = this.dir.resolve("clusters.csv");
		assertThat(run("link", "--profile", profile.toString(), "--input", input.toString(), "--output",
				clusters.toString()))
			.isEqualTo(2);
		assertThat(this.err.toString()).contains("bad.profile line 2, column 13: unknown kind 'given-nmae'");
		assertThat(clusters).doesNotExist();
	}

	/* Spreadsheets save "CSV UTF-8" with a byte-order mark and Windows line ends. */
	@Test
	void readsAFileSavedByASpreadsheet() throws IOException {
		Path input = this.dir.resolve("excel.csv");
		Files.writeString(input, "\uFEFF" + HEADER + "\r\nua-1,ua-registry,Михайло,Коваленко,,M,2014-03-15,,\r\n"
				+ "news-1,news,Mykhailo,Kovalenko,,M,2014-03-15,,\r\n", StandardCharsets.UTF_8);
		Path truth = this.dir.resolve("truth.csv");
		Files.writeString(truth, "\uFEFFrecord_id,entity_id\r\nua-1,e\r\nnews-1,e\r\n", StandardCharsets.UTF_8);
		Path clusters = this.dir.resolve("clusters.csv");
		assertThat(run("link", "--input", input.toString(), "--output", clusters.toString())).as(this.err.toString())
			.isZero();
		List<String> rows = Files.readAllLines(clusters);
		assertThat(clusterOf(rows, "news-1")).isEqualTo(clusterOf(rows, "ua-1"));
		assertThat(run("evaluate", "--truth", truth.toString(), "--clusters", clusters.toString()))
			.as(this.err.toString())
			.isZero();
	}

	@Test
	void namesFileLineAndColumnOfABadDateAndWritesNothing() throws IOException {
		Path input = write("bad.csv", HEADER, "ua-1,ua-registry,Михайло,Коваленко,,M,2014-03-15,Маріуполь,",
				"ua-2,ua-registry,Олексій,Коваленко,,M,2014-13-15,Маріуполь,");
		Path clusters = this.dir.resolve("clusters.csv");
		int exit = run("link", "--input", input.toString(), "--output", clusters.toString());
		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString()).contains("bad.csv:3:7:", "birth_date");
		assertThat(clusters).doesNotExist();
		try (var files = Files.list(this.dir)) {
			assertThat(files).containsExactly(input);
		}
	}

	@Test
	void namesTheLineWithMissingColumns() throws IOException {
		Path input = write("short.csv", HEADER, "ua-1,ua-registry,Михайло,Коваленко");
		int exit = run("link", "--input", input.toString(), "--output", this.dir.resolve("c.csv").toString());
		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString()).contains("short.csv:2:5:", "expected 9 columns");
	}

	@Test
	void namesTheLineOfAnUnclosedQuote() throws IOException {
		Path input = write("quote.csv", HEADER, "ua-1,ua-registry,Михайло,Коваленко,,M,2014,,",
				"ua-2,ua-registry,\"Олексій,Коваленко,,M,2014,,");
		int exit = run("link", "--input", input.toString(), "--output", this.dir.resolve("c.csv").toString());
		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString()).contains("quote.csv:", "malformed CSV");
	}

	@Test
	void rejectsDuplicateIdsAcrossFiles() throws IOException {
		Path a = write("a.csv", HEADER, "ua-1,ua-registry,Михайло,Коваленко,,M,2014,,");
		Path b = write("b.csv", HEADER, "ua-1,news,Mykhailo,Kovalenko,,M,2014,,");
		int exit = run("link", "--input", a.toString(), "--input", b.toString(), "--output",
				this.dir.resolve("c.csv").toString());
		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString()).contains("b.csv:2:1:", "already used");
	}

	@Test
	void keepsAnExistingOutputWhenInputIsMalformed() throws IOException {
		Path clusters = write("clusters.csv", "record_id,cluster_id", "old,0");
		Path input = write("bad.csv", HEADER, "ua-1,ua-registry,Михайло,Коваленко,,X,2014,,");
		assertThat(run("link", "--input", input.toString(), "--output", clusters.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("bad.csv:2:6:", "sex");
		assertThat(Files.readAllLines(clusters)).containsExactly("record_id,cluster_id", "old,0");
	}

	private static String clusterOf(List<String> rows, String id) {
		return rows.stream().filter((r) -> r.startsWith(id + ",")).findFirst().orElseThrow().split(",")[1];
	}

}
