package org.homeward.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mentions files: every malformed row reported by line and column; {@code skipInvalid}
 * lands the rest; the same file twice adds nothing; XLSX zip bombs and XML external
 * entities refused. All names are synthetic.
 */
class MentionImportTest extends EvidenceTestBase {

	private static final String HEADER = "record_id,source,given_name,family_name,patronymic,sex,birth_date,"
			+ "settlement,oblast,free_text,place_in_source\n";

	private static final String CSV = HEADER + """
			m1,gazette,Марія,Тестенко,Іванівна,F,2014-05-03,Testopil,Khersonska,"Named in the report",p. 2
			m2,gazette,Olena,Synthetyk,,X,2013,,,,p. 3
			m3,gazette,Petro,Prykladenko,,M,2012-13-01,,,,p. 3
			m4,gazette,Ivan,Zrazkov,,M,2015-02,Testivka,Zaporizka,,00:01:12
			m5,gazette,,,,U,2011,,,,p. 4
			m1,gazette,Anna,Dublikat,,F,2010,,,,p. 5
			""";

	@Autowired
	SourceMentions mentions;

	@Autowired
	EvidenceArchive archive;

	private long source;

	@BeforeEach
	void source() {
		this.source = this.archive.createSource(draft("List of synthetic children"), "investigator").id();
	}

	@Test
	void reportsEveryMalformedRowByLineAndStoresNothing() {
		assertThatThrownBy(() -> this.mentions.importMentions(this.source, csv("mentions.csv", CSV, false), "inv"))
			.isInstanceOfSatisfying(MentionImportRejectedException.class,
					ex -> assertThat(ex.problems()).extracting(MentionProblem::line, MentionProblem::column)
						.containsExactly(Tuple.tuple(3L, "sex"), Tuple.tuple(4L, "birth_date"),
								Tuple.tuple(6L, "given_name"), Tuple.tuple(7L, "record_id")));
		assertThat(this.mentions.mentions(this.source)).isEmpty();
	}

	@Test
	void skipInvalidLandsTheValidRowsAndImportingAgainAddsNothing() {
		String file = CSV.replace("m1,", "s1,").replace("m4,", "s4,");
		MentionImportReport report = this.mentions.importMentions(this.source, csv("skip.csv", file, true), "inv");
		assertThat(report.imported()).isEqualTo(2);
		assertThat(report.rejected()).extracting(MentionProblem::line).containsExactly(3L, 4L, 6L, 7L);
		assertThat(this.mentions.mentions(this.source)).extracting(m -> m.fields().recordId(), Mention::line)
			.containsExactly(Tuple.tuple("s1", 2L), Tuple.tuple("s4", 5L));
		assertThat(this.mentions.mentions(this.source).get(0).fields().givenName()).isEqualTo("Марія");

		MentionImportReport again = this.mentions.importMentions(this.source, csv("renamed.csv", file, true), "inv");
		assertThat(again.alreadyImported()).isTrue();
		assertThat(again.imported()).isZero();
		assertThat(this.mentions.mentions(this.source)).hasSize(2);
	}

	@Test
	void theCommandImportsWithSkipInvalidAndReportsEachSkippedRow() throws IOException {
		Path file = DATA.resolve("cli-mentions.csv");
		Files.writeString(file, CSV.replace("m1,", "c1,").replace("m4,", "c4,"));
		String[] base = { "import-mentions", "--source", Long.toString(this.source), file.toString(),
				"--spring.datasource.url=" + DATABASE, "--homeward.data=" + DATA };
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
		assertThat(EvidenceCommand.run(base, o, e)).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("refused, nothing stored: 4 problem(s)")
			.contains("line 3 [sex]")
			.contains("line 7 [record_id]");
		String[] skipping = Stream.concat(Arrays.stream(base), Stream.of("--skip-invalid")).toArray(String[]::new);
		assertThat(EvidenceCommand.run(skipping, o, e)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 mention(s) imported")
			.contains("skipped line 4 [birth_date]");
		assertThat(EvidenceCommand.run(skipping, o, e)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported before");
		assertThat(this.mentions.mentions(this.source)).hasSize(2);
	}

	@Test
	void readsJsonLinesAndSpreadsheets() throws IOException {
		String jsonl = """
				{"record_id":"j1","source":"post","given_name":"Taras","family_name":"Testovyi","sex":"M","birth_date":"2016"}
				{"record_id":"j2","given_name":"Oksana","sex":"Q"}
				""";
		assertThatThrownBy(() -> this.mentions.importMentions(this.source,
				new MentionUpload("post.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), false), "inv"))
			.isInstanceOfSatisfying(MentionImportRejectedException.class,
					ex -> assertThat(ex.problems()).singleElement()
						.satisfies(
								p -> assertThat(p.toString()).isEqualTo("line 2 [sex]: must be M, F or U, not 'Q'")));
		MentionImportReport xlsx = this.mentions.importMentions(this.source,
				new MentionUpload("list.xlsx", spreadsheet(), false), "inv");
		assertThat(xlsx.imported()).isEqualTo(2);
		assertThat(this.mentions.mentions(this.source)).extracting(m -> m.fields().birthDate())
			.containsExactly("2014-05-03", "2013");
	}

	@Test
	void refusesAnXlsxZipBomb() throws IOException {
		byte[] bomb = replacePart(spreadsheet(), "xl/worksheets/sheet1.xml",
				xml -> xml.replaceFirst("\\?>", "?>" + " ".repeat(30_000_000)));
		assertThat(bomb.length).isLessThan(200_000);
		assertThatThrownBy(
				() -> this.mentions.importMentions(this.source, new MentionUpload("bomb.xlsx", bomb, true), "inv"))
			.isInstanceOfSatisfying(MentionImportRejectedException.class, ex -> assertThat(ex.problems())
				.singleElement()
				.satisfies(
						p -> assertThat(p.reason()).contains("not a readable XLSX").containsIgnoringCase("zip bomb")));
		assertThat(this.mentions.mentions(this.source)).isEmpty();
	}

	@Test
	void refusesXmlWithAnExternalEntity() throws IOException {
		byte[] xxe = replacePart(spreadsheet(), "xl/worksheets/sheet1.xml",
				xml -> xml
					.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>")
					.replace("Taras", "&secret;"));
		assertThatThrownBy(
				() -> this.mentions.importMentions(this.source, new MentionUpload("xxe.xlsx", xxe, true), "inv"))
			.isInstanceOfSatisfying(MentionImportRejectedException.class,
					ex -> assertThat(ex.problems()).singleElement()
						.satisfies(p -> assertThat(p.reason()).contains("not a readable XLSX")));
		assertThat(this.mentions.mentions(this.source)).isEmpty();
	}

	private static MentionUpload csv(String name, String text, boolean skipInvalid) {
		return new MentionUpload(name, text.getBytes(StandardCharsets.UTF_8), skipInvalid);
	}

	private static byte[] spreadsheet() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("mentions");
			String[][] rows = { HEADER.strip().split(","),
					{ "x1", "list", "Taras", "Testovyi", "", "M", "2014-05-03", "Testopil", "Khersonska", "", "row 2" },
					{ "x2", "list", "Iryna", "Zrazkova", "", "F", "2013", "", "", "", "row 3" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] replacePart(byte[] xlsx, String part, UnaryOperator<String> change) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getKey().equals(part) ? change.apply(new String(e.getValue(), StandardCharsets.UTF_8))
					.getBytes(StandardCharsets.UTF_8) : e.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
