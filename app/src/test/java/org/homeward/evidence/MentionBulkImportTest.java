package org.homeward.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file of 100,000 synthetic mentions with one row in a hundred malformed: every bad row
 * is reported by its line, {@code skipInvalid} lands all the others, and importing the
 * file again adds nothing.
 */
class MentionBulkImportTest extends EvidenceTestBase {

	private static final int ROWS = 100_000;

	@Autowired
	SourceMentions mentions;

	@Autowired
	EvidenceArchive archive;

	@Test
	void reportsEveryBadRowOfAHundredThousandAndLandsTheRest() {
		long source = this.archive.createSource(draft("A long synthetic list"), "investigator").id();
		List<Long> badLines = new ArrayList<>();
		StringBuilder csv = new StringBuilder(
				"record_id,source,given_name,family_name,patronymic,sex,birth_date,settlement,oblast\n");
		for (int i = 1; i <= ROWS; i++) {
			boolean bad = i % 100 == 0;
			if (bad) {
				badLines.add((long) i + 1);
			}
			csv.append("bulk-")
				.append(i)
				.append(",list,Synthetic")
				.append(i % 977)
				.append(",Testenko")
				.append(i % 331)
				.append(",,")
				.append(bad ? "Q" : (i % 2 == 0 ? "F" : "M"))
				.append(',')
				.append(2005 + i % 18)
				.append(",,\n");
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(
				() -> this.mentions.importMentions(source, new MentionUpload("bulk.csv", file, false), "inv"))
			.isInstanceOfSatisfying(MentionImportRejectedException.class,
					ex -> assertThat(ex.problems()).extracting(MentionProblem::line)
						.containsExactlyElementsOf(badLines));
		assertThat(this.mentions.mentions(source)).isEmpty();

		MentionImportReport report = this.mentions.importMentions(source, new MentionUpload("bulk.csv", file, true),
				"inv");
		assertThat(report.imported()).isEqualTo(ROWS - badLines.size());
		assertThat(report.rejected()).hasSize(badLines.size());

		MentionImportReport again = this.mentions.importMentions(source, new MentionUpload("bulk.csv", file, true),
				"inv");
		assertThat(again.imported()).isZero();
		assertThat(this.mentions.mentions(source)).hasSize(ROWS - badLines.size());
	}

}
