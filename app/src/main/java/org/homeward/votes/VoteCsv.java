package org.homeward.votes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A voting file's CSV records, each with the line it starts on and its cells by column
 * name, as the file's first row names them (case-insensitive).
 */
final class VoteCsv {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(true)
		.setTrim(true)
		.get();

	private final String file;

	private final List<String> header;

	private final Map<String, Integer> columns;

	private final List<Row> rows;

	private VoteCsv(String file, List<String> header, List<Row> rows) {
		this.file = file;
		this.header = header;
		this.rows = rows;
		this.columns = new HashMap<>();
		for (int i = header.size() - 1; i >= 0; i--) {
			this.columns.put(header.get(i).toLowerCase(Locale.ROOT), i);
		}
	}

	/**
	 * Parses a file.
	 * @param file its name, for problems
	 * @param text its text
	 * @return the first record as header and the others as rows
	 * @throws IllegalArgumentException when the text is not CSV (an unclosed quote)
	 */
	static VoteCsv parse(String file, String text) {
		int[] lineStarts = lineStarts(text);
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
			for (CSVRecord record : parser) {
				rows.add(new Row(lineOf(text, lineStarts, record.getCharacterPosition()), record.toList()));
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new IllegalArgumentException(file + ": not readable as CSV: " + ex.getMessage(), ex);
		}
		if (rows.isEmpty()) {
			return new VoteCsv(file, List.of(), List.of());
		}
		return new VoteCsv(file, rows.get(0).cells(), rows.subList(1, rows.size()));
	}

	String file() {
		return this.file;
	}

	List<String> header() {
		return this.header;
	}

	/** The records after the header. */
	List<Row> rows() {
		return this.rows;
	}

	/**
	 * The first of these columns the header names.
	 * @param names column names, preferred first
	 * @return the column's name as the header writes it, or empty
	 */
	Optional<String> column(String... names) {
		return Arrays.stream(names)
			.filter(n -> this.columns.containsKey(n))
			.findFirst()
			.map(n -> this.header.get(this.columns.get(n)));
	}

	/**
	 * A row's cell.
	 * @param row the row
	 * @param column the column's name (case-insensitive)
	 * @return the cell's text, empty when the row is shorter or the header lacks the
	 * column
	 */
	String cell(Row row, String column) {
		Integer index = this.columns.get(column.toLowerCase(Locale.ROOT));
		return (index != null && index < row.cells().size()) ? row.cells().get(index) : "";
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>(List.of(0));
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/*
	 * A record's character position is where the parser started reading it, which may be
	 * an empty line it then skipped: step over line breaks to the record's first cell.
	 */
	private static long lineOf(String text, int[] lineStarts, long position) {
		int at = (int) position;
		while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
			at++;
		}
		int index = Arrays.binarySearch(lineStarts, at);
		return (index >= 0) ? index + 1 : -index - 1;
	}

	/**
	 * One CSV record.
	 *
	 * @param line the line it starts on (the header is line 1)
	 * @param cells its cells, trimmed
	 */
	record Row(long line, List<String> cells) {

		boolean blank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

}
