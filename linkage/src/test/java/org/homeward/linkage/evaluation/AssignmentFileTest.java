package org.homeward.linkage.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AssignmentFileTest {

	private static final List<String> CLUSTER = List.of("cluster_id", "cluster");

	@TempDir
	Path dir;

	@Test
	void readsRecordsByHeaderNameIgnoringOtherColumns() throws IOException {
		Path file = write("score,cluster,record_id\n0.9,c1,r1\n0.8, c1 ,r2\n");
		assertThat(AssignmentFile.read(file, CLUSTER, (id) -> null)).containsExactly(Map.entry("r1", "c1"),
				Map.entry("r2", "c1"));
	}

	@Test
	void namesTheMissingColumn() throws IOException {
		Path file = write("record_id,group\nr1,g\n");
		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> AssignmentFile.read(file, CLUSTER, (id) -> null))
			.withMessageStartingWith(file + " line 1, column cluster_id: no such column");
	}

	@Test
	void namesLineAndColumnOfABlankCell() throws IOException {
		Path file = write("record_id,cluster_id\nr1,c1\nr2,\n");
		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> AssignmentFile.read(file, CLUSTER, (id) -> null))
			.withMessage(file + " line 3, column cluster_id: missing value");
	}

	@Test
	void namesBothLinesOfARepeatedRecord() throws IOException {
		Path file = write("record_id,cluster_id\nr1,c1\nr2,c1\nr1,c2\n");
		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> AssignmentFile.read(file, CLUSTER, (id) -> null))
			.withMessage(file + " line 4, column record_id: record r1 is already assigned on line 2");
	}

	@Test
	void reportsWhatTheCheckFinds() throws IOException {
		Path file = write("record_id,cluster_id\nr1,c1\nbad,c1\n");
		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> AssignmentFile.read(file, CLUSTER, (id) -> id.equals("bad") ? "unknown" : null))
			.withMessage(file + " line 3, column record_id: unknown");
	}

	@Test
	void refusesAnEmptyFile() throws IOException {
		Path file = write("");
		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> AssignmentFile.read(file, CLUSTER, (id) -> null))
			.withMessageContaining("line 1");
	}

	private Path write(String content) throws IOException {
		return Files.writeString(this.dir.resolve("clusters.csv"), content, StandardCharsets.UTF_8);
	}

}
