package org.homeward.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.homeward.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same SQL on a real PostgreSQL server: sources, captures with timestamps, derived
 * items, custody, mentions and a court package that verifies.
 */
class EvidencePostgresTest extends EvidenceTestBase {

	@Autowired
	EvidenceArchive archive;

	@Autowired
	SourceMentions mentions;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		String url = TestPostgres.newDatabase();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Test
	void capturesImportsAndExportsOnPostgres() throws IOException {
		Source source = this.archive.createSource(draft("Report on PostgreSQL"), "investigator");
		SourceDraft changed = new SourceDraft(SourceKind.PUBLIC_DATABASE_ENTRY, "Entry on PostgreSQL", null, null, "uk",
				null, null, "a1", true, null);
		assertThat(this.archive.updateSource(source.id(), changed, "investigator").details()).isEqualTo(changed);

		Capture web = this.archive.captureUrl(source.id(), WEB.url("/moved"), "investigator");
		assertThat(web.httpStatus()).isEqualTo(200);
		assertThat(web.timestamped()).isTrue();
		Capture upload = this.archive.upload(source.id(), "note.txt", null,
				new ByteArrayInputStream("synthetic note".getBytes(StandardCharsets.UTF_8)), "investigator");
		String original = upload.items().get(0).sha256();
		EvidenceItem text = this.archive.addDerived(original, ItemRole.EXTRACTED_TEXT, "note-text.txt", "text/plain",
				new ByteArrayInputStream("synthetic note (text)".getBytes(StandardCharsets.UTF_8)), "investigator");
		assertThat(this.archive.items(text.sha256())).singleElement()
			.satisfies(i -> assertThat(i.derivedFrom()).isEqualTo(original));
		assertThat(this.archive.custody(original)).extracting(CustodyEntry::action)
			.containsExactly(CustodyAction.CAPTURE, CustodyAction.CAPTURE);

		String csv = "record_id,source,given_name,family_name,patronymic,sex,birth_date,settlement,oblast\n"
				+ "pg1,db,Sofiia,Testenko,,F,2015-01-02,,\npg2,db,,,,F,2015,,\n";
		MentionUpload file = new MentionUpload("pg.csv", csv.getBytes(StandardCharsets.UTF_8), true);
		assertThat(this.mentions.importMentions(source.id(), file, "investigator").imported()).isEqualTo(1);
		assertThat(this.mentions.importMentions(source.id(), file, "investigator").alreadyImported()).isTrue();
		assertThat(this.mentions.mentions(source.id())).singleElement()
			.satisfies(m -> assertThat(m.fields().givenName()).isEqualTo("Sofiia"));

		Path zip = Files.createTempFile(DATA, "postgres-", ".zip");
		try (OutputStream out = Files.newOutputStream(zip)) {
			this.archive.writeCourtPackage(List.of(source.id()), out, "legal");
		}
		assertThat(PackageVerifier.verify(zip)).isEmpty();
	}

}
