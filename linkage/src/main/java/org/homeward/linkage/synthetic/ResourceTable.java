package org.homeward.linkage.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one of this package's CSV resources: UTF-8, {@code #} comment lines (which name
 * the source of the frequency knowledge), then a header row.
 */
final class ResourceTable {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setCommentMarker('#')
		.setHeader()
		.setSkipHeaderRecord(true)
		.setTrim(true)
		.get();

	private ResourceTable() {
	}

	/**
	 * Reads every row of a resource next to this class.
	 * @param name the file name, e.g. {@code surnames.csv}
	 * @return the rows, addressable by header name
	 * @throws IllegalStateException if the resource is missing
	 * @throws UncheckedIOException if it cannot be read
	 */
	static List<CSVRecord> read(String name) {
		InputStream in = ResourceTable.class.getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("missing resource " + name);
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = FORMAT.parse(reader)) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read resource " + name, ex);
		}
	}

	/**
	 * Splits a {@code |}-separated list cell.
	 * @param cell the cell, possibly empty
	 * @return its non-empty parts
	 */
	static List<String> list(String cell) {
		return Arrays.stream(cell.split("\\|")).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

	/**
	 * Reads a required, non-blank cell.
	 * @param row the row
	 * @param column the header name
	 * @return the cell's text
	 */
	static String text(CSVRecord row, String column) {
		String value = Objects.requireNonNull(row.get(column), column);
		if (value.isBlank()) {
			throw new IllegalStateException("blank " + column + " on resource line " + row.getRecordNumber());
		}
		return value;
	}

}
