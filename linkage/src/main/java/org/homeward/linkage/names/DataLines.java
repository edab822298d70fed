package org.homeward.linkage.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a data file from the class path: UTF-8, one entry per line, fields separated by
 * {@code ;}, lines starting with {@code #} and blank lines skipped.
 */
final class DataLines {

	private DataLines() {
	}

	static List<String[]> read(String resource) {
		InputStream in = DataLines.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("missing data file " + resource);
		}
		List<String[]> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.split(";", -1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

	static List<String> list(String commaSeparated) {
		List<String> items = new ArrayList<>();
		for (String item : commaSeparated.split(",")) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return items;
	}

}
