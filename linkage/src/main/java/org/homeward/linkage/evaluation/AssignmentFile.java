package org.homeward.linkage.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file that assigns each record to a group: a truth file
 * ({@code record_id,entity_id}) or a clustering ({@code record_id,cluster_id}). UTF-8, a
 * header row, other columns ignored, one line per record (line numbers in errors count
 * the header as line 1).
 */
public final class AssignmentFile {

	/** Header names accepted for the record id column, in order of preference. */
	public static final List<String> RECORD_ID_COLUMNS = List.of("record_id", "rec_id", "id");

	/**
	 * Header names accepted for the true entity of a truth file, in order of preference.
	 */
	public static final List<String> ENTITY_COLUMNS = List.of("entity_id", "entity", "truth_id");

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();

	/**
	 * A check of each record id as it is read.
	 */
	@FunctionalInterface
	public interface RecordCheck {

		/**
		 * Checks one record id.
		 * @param recordId the id as read
		 * @return what is wrong with it, or {@code null} if nothing
		 */
		@Nullable String problem(String recordId);

	}

	private AssignmentFile() {
	}

	/**
	 * Reads every record's group.
	 * @param file the CSV file
	 * @param groupColumns header names accepted for the group column, in order of
	 * preference
	 * @param check applied to each record id
	 * @return record id to group id, in file order
	 * @throws IOException if the file cannot be read
	 * @throws InputFileException naming file, line and column, for a missing column, a
	 * blank cell, a repeated record id or a record id that fails the check
	 */
	public static Map<String, String> read(Path file, List<String> groupColumns, RecordCheck check) throws IOException {
		try (Reader reader = CsvFiles.open(file); CSVParser parser = FORMAT.parse(reader)) {
			Iterator<CSVRecord> rows = parser.iterator();
			if (!rows.hasNext()) {
				throw new InputFileException(file, 1, "1", "the file is empty; expected a header row");
			}
			CSVRecord header = rows.next();
			Columns columns = new Columns(file, column(file, header, RECORD_ID_COLUMNS),
					column(file, header, groupColumns), RECORD_ID_COLUMNS.get(0), groupColumns.get(0));
			Map<String, String> groups = new LinkedHashMap<>();
			Map<String, Long> lines = new HashMap<>();
			while (rows.hasNext()) {
				CSVRecord row = rows.next();
				columns.readInto(row, check, groups, lines);
			}
			return groups;
		}
	}

	private static int column(Path file, CSVRecord header, List<String> accepted) {
		for (String name : accepted) {
			for (int i = 0; i < header.size(); i++) {
				if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name)) {
					return i;
				}
			}
		}
		throw new InputFileException(file, 1, accepted.get(0),
				"no such column; expected one of " + accepted + " in header " + header.toList());
	}

	/**
	 * Where the two columns are, and how one row is read.
	 */
	private record Columns(Path file, int idIndex, int groupIndex, String idName, String groupName) {

		void readInto(CSVRecord row, RecordCheck check, Map<String, String> groups, Map<String, Long> lines) {
			long line = row.getRecordNumber();
			String id = cell(row, this.idIndex, this.idName);
			String group = cell(row, this.groupIndex, this.groupName);
			String problem = check.problem(id);
			if (problem != null) {
				throw new InputFileException(this.file, line, this.idName, problem);
			}
			Long earlier = lines.putIfAbsent(id, line);
			if (earlier != null) {
				throw new InputFileException(this.file, line, this.idName,
						"record " + id + " is already assigned on line " + earlier);
			}
			groups.put(id, group);
		}

		private String cell(CSVRecord row, int index, String name) {
			String value = (index < row.size()) ? row.get(index) : "";
			if (value.isBlank()) {
				throw new InputFileException(this.file, row.getRecordNumber(), name, "missing value");
			}
			return value;
		}

	}

}
