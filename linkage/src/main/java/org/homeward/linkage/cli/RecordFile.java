package org.homeward.linkage.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.linkage.FieldFormatException;
import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.FieldSpec;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.evaluation.CsvFiles;

/**
 * Reads a UTF-8 CSV file of records for a profile: the person profile's
 * {@code record_id,source,...} or FEBRL's {@code rec_id, given_name, ...}. Columns the
 * profile does not know are ignored; the id column and the profile's columns are
 * required. The source is the {@code source} column, else the file name. Line numbers in
 * errors assume one line per record (the header is line 1).
 */
final class RecordFile {

	private static final List<String> ID_COLUMNS = List.of("record_id", "rec_id");

	private RecordFile() {
	}

	static List<InputRecord> read(Path file, FieldProfile profile, Consumer<InputRecord> validator)
			throws IOException, MalformedInputException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.setTrim(true)
			.get();
		try (Reader reader = CsvFiles.open(file); CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, Integer> header = parser.getHeaderMap();
			String idColumn = ID_COLUMNS.stream().filter(header::containsKey).findFirst().orElse(null);
			if (idColumn == null) {
				throw new MalformedInputException(file, 1, 1, "no record_id column");
			}
			for (FieldSpec field : profile.fields()) {
				if (!header.containsKey(field.name())) {
					throw new MalformedInputException(file, 1, header.size() + 1, "no " + field.name() + " column");
				}
			}
			return readRecords(file, parser, profile, idColumn, validator);
		}
		catch (UncheckedIOException ex) {
			throw new MalformedInputException(file, 1, 1, "not a readable CSV header: " + ex.getCause().getMessage());
		}
	}

	private static boolean hasNext(Path file, CSVParser parser, java.util.Iterator<CSVRecord> rows)
			throws MalformedInputException {
		try {
			return rows.hasNext();
		}
		catch (UncheckedIOException ex) {
			throw new MalformedInputException(file, parser.getCurrentLineNumber() + 1, 1,
					"malformed CSV: " + ex.getCause().getMessage());
		}
	}

	private static List<InputRecord> readRecords(Path file, CSVParser parser, FieldProfile profile, String idColumn,
			Consumer<InputRecord> validator) throws MalformedInputException {
		List<InputRecord> records = new ArrayList<>();
		int columns = parser.getHeaderNames().size();
		String fileSource = file.getFileName().toString();
		java.util.Iterator<CSVRecord> rows = parser.iterator();
		while (hasNext(file, parser, rows)) {
			CSVRecord row = rows.next();
			long line = row.getRecordNumber() + 1;
			if (row.size() != columns) {
				throw new MalformedInputException(file, line, Math.min(row.size(), columns) + 1,
						"expected " + columns + " columns, found " + row.size());
			}
			String id = row.get(idColumn);
			if (id.isBlank()) {
				throw new MalformedInputException(file, line, parser.getHeaderMap().get(idColumn) + 1, "empty id");
			}
			Map<String, String> values = new HashMap<>();
			for (FieldSpec field : profile.fields()) {
				values.put(field.name(), row.get(field.name()));
			}
			String source = row.isMapped("source") && !row.get("source").isBlank() ? row.get("source") : fileSource;
			InputRecord record = new InputRecord(id, source, values);
			try {
				validator.accept(record);
			}
			catch (FieldFormatException ex) {
				throw new MalformedInputException(file, line, parser.getHeaderMap().get(ex.field()) + 1,
						ex.getMessage());
			}
			records.add(record);
		}
		return records;
	}

}
