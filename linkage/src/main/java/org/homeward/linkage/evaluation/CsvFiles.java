package org.homeward.linkage.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the UTF-8 CSV files the command line reads, without the byte-order mark that
 * spreadsheet programs put at the start of a file they save as "CSV UTF-8": left in, it
 * becomes part of the first column's name, and {@code record_id} is not found.
 */
public final class CsvFiles {

	private CsvFiles() {
	}

	/**
	 * A reader of a UTF-8 file, past a leading byte-order mark if there is one.
	 * @param file the file
	 * @return the reader; the caller closes it
	 * @throws IOException if the file cannot be opened
	 */
	public static Reader open(Path file) throws IOException {
		BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

}
