package org.homeward.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code relink --truth} reads a truth file as {@code evaluate} does. Synthetic ids only.
 */
class RelinkTruthFileTest {

	@TempDir
	Path dir;

	@Test
	void readsATruthFileSavedByASpreadsheet() throws IOException {
		Path truth = this.dir.resolve("truth.csv");
		Files.writeString(truth, "\uFEFFrecord_id,entity_id\r\nsyn-1,child-1\r\nsyn-2,child-1\r\n",
				StandardCharsets.UTF_8);
		assertThat(RelinkCommand.readTruth(truth)).containsEntry("syn-1", "child-1").containsEntry("syn-2", "child-1");
	}

	@Test
	void namesFileAndLineOfAMalformedTruthFile() throws IOException {
		Path truth = this.dir.resolve("truth.csv");
		Files.writeString(truth, "record_id,entity_id\nsyn-1,child-1\nsyn-1,child-2\n", StandardCharsets.UTF_8);
		assertThatThrownBy(() -> RelinkCommand.readTruth(truth)).isInstanceOf(IOException.class)
			.hasMessageContaining("truth.csv")
			.hasMessageContaining("3");
	}

}
