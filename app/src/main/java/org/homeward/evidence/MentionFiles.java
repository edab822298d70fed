package org.homeward.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.evidence.SourceMentions.MentionPreview;
import org.homeward.evidence.SourceMentions.MentionRow;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads mentions files: CSV with the linkage header, JSON Lines with the same keys, or
 * XLSX ({@link MentionSpreadsheet}) with the header in the first row. Every row is
 * checked and every problem kept with its line and column, so one pass reports them all.
 */
final class MentionFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	private static final Set<String> SEXES = Set.of("M", "F", "U");

	private MentionFiles() {
	}

	/**
	 * Reads and checks a file.
	 * @param upload the file
	 * @return the valid rows and the problems
	 */
	static MentionPreview read(MentionUpload upload) {
		List<MentionProblem> problems = new ArrayList<>();
		List<RawRow> raw = switch (upload.format()) {
			case "CSV" -> csv(upload.content(), problems);
			case "JSONL" -> jsonLines(upload.content(), problems);
			default -> MentionSpreadsheet.rows(upload.content(), problems);
		};
		List<MentionRow> rows = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (RawRow row : raw) {
			MentionFields fields = check(row, ids, problems);
			if (fields != null) {
				rows.add(new MentionRow(row.line(), fields));
			}
		}
		problems.sort(Comparator.comparingLong(MentionProblem::line));
		return new MentionPreview(rows, problems);
	}

	/**
	 * Checks the header's columns.
	 * @param header the column names, in order
	 * @param problems where a problem goes (line 1)
	 * @return true when the header is the linkage header, optionally followed by
	 * {@code free_text} and {@code place_in_source}
	 */
	static boolean checkHeader(List<String> header, List<MentionProblem> problems) {
		List<String> names = header.stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
		if (names.size() < MentionFields.COLUMNS.size()
				|| !names.subList(0, MentionFields.COLUMNS.size()).equals(MentionFields.COLUMNS)) {
			problems.add(new MentionProblem(1, "", "the header must be " + String.join(",", MentionFields.COLUMNS)
					+ " (then optionally free_text,place_in_source), not " + String.join(",", names)));
			return false;
		}
		for (String extra : names.subList(MentionFields.COLUMNS.size(), names.size())) {
			if (!MentionFields.OPTIONAL_COLUMNS.contains(extra)) {
				problems.add(new MentionProblem(1, extra, "unknown column; allowed after the linkage columns: "
						+ String.join(", ", MentionFields.OPTIONAL_COLUMNS)));
				return false;
			}
		}
		return true;
	}

	private static List<RawRow> csv(byte[] content, List<MentionProblem> problems) {
		List<RawRow> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader)) {
			List<String> header = null;
			for (CSVRecord record : parser) {
				if (header == null) {
					header = record.toList();
					if (!checkHeader(header, problems)) {
						return List.of();
					}
					header = header.stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
					continue;
				}
				long line = record.getRecordNumber();
				if (record.size() != header.size()) {
					problems.add(new MentionProblem(line, "",
							"has " + record.size() + " columns; the header has " + header.size()));
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					values.put(header.get(i), record.get(i));
				}
				rows.add(new RawRow(line, values));
			}
			if (header == null) {
				problems.add(new MentionProblem(0, "", "the file is empty"));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			problems.add(new MentionProblem(0, "", "not readable as CSV: " + ex.getMessage()));
		}
		return rows;
	}

	private static List<RawRow> jsonLines(byte[] content, List<MentionProblem> problems) {
		List<RawRow> rows = new ArrayList<>();
		String[] lines = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			try {
				JsonNode node = JSON.readTree(lines[i]);
				if (!node.isObject()) {
					problems.add(new MentionProblem(i + 1, "", "not a JSON object"));
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (String key : node.propertyNames()) {
					if (!MentionFields.COLUMNS.contains(key) && !MentionFields.OPTIONAL_COLUMNS.contains(key)) {
						problems.add(new MentionProblem(i + 1, key, "unknown key"));
					}
					JsonNode value = node.get(key);
					values.put(key, value.isNull() ? "" : value.asString());
				}
				rows.add(new RawRow(i + 1, values));
			}
			catch (JacksonException ex) {
				problems.add(new MentionProblem(i + 1, "", "not valid JSON: " + ex.getOriginalMessage()));
			}
		}
		return rows;
	}

	private static @Nullable MentionFields check(RawRow row, Set<String> ids, List<MentionProblem> problems) {
		int before = problems.size();
		long line = row.line();
		String id = text(row, "record_id", 100, problems);
		if (id == null) {
			problems.add(new MentionProblem(line, "record_id", "is required"));
		}
		else if (!ids.add(id)) {
			problems.add(new MentionProblem(line, "record_id", "'" + id + "' appears twice in the file"));
		}
		String given = text(row, "given_name", 200, problems);
		String family = text(row, "family_name", 200, problems);
		if (given == null && family == null) {
			problems.add(new MentionProblem(line, "given_name", "a mention needs a given or a family name"));
		}
		String sex = text(row, "sex", 1, problems);
		if (sex != null && !SEXES.contains(sex.toUpperCase(Locale.ROOT))) {
			problems.add(new MentionProblem(line, "sex", "must be M, F or U, not '" + sex + "'"));
		}
		String birth = text(row, "birth_date", 10, problems);
		if (birth != null && !validDate(birth)) {
			problems.add(
					new MentionProblem(line, "birth_date", "must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + birth + "'"));
		}
		MentionFields fields = new MentionFields((id != null) ? id : "?", text(row, "source", 200, problems), given,
				family, text(row, "patronymic", 200, problems), (sex != null) ? sex.toUpperCase(Locale.ROOT) : null,
				birth, text(row, "settlement", 200, problems), text(row, "oblast", 200, problems),
				text(row, "free_text", 8000, problems), text(row, "place_in_source", 300, problems));
		return (problems.size() == before) ? fields : null;
	}

	private static @Nullable String text(RawRow row, String column, int max, List<MentionProblem> problems) {
		String value = row.values().get(column);
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			problems.add(new MentionProblem(row.line(), column, "is longer than " + max + " characters"));
			return null;
		}
		return text;
	}

	private static boolean validDate(String text) {
		if (!DATE.matcher(text).matches()) {
			return false;
		}
		try {
			String[] p = text.split("-");
			LocalDate.of(Integer.parseInt(p[0]), (p.length > 1) ? Integer.parseInt(p[1]) : 1,
					(p.length > 2) ? Integer.parseInt(p[2]) : 1);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	/**
	 * A row as read, before checking.
	 *
	 * @param line its line or row number
	 * @param values its values by column name
	 */
	record RawRow(long line, Map<String, String> values) {

	}

}
