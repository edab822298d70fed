package org.homeward.evidence;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.evidence.MentionFiles.RawRow;

/**
 * Reads the first sheet of an XLSX mentions file with Apache POI. A spreadsheet is a zip
 * of XML parts, so both zip bombs and XML entity tricks are refused: POI's
 * {@link ZipSecureFile} limits (an entry may not inflate more than 100 times, nor past 50
 * MB; text is capped) apply to every part, and POI parses the parts with document type
 * declarations disallowed, so no external entity is ever resolved.
 */
final class MentionSpreadsheet {

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
		ZipSecureFile.setMaxTextSize(20L * 1024 * 1024);
	}

	private MentionSpreadsheet() {
	}

	static List<RawRow> rows(byte[] content, List<MentionProblem> problems) {
		List<RawRow> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<String> header = null;
			for (Row row : sheet) {
				List<String> cells = cells(row, formatter, (header != null) ? header.size() : row.getLastCellNum());
				if (header == null) {
					if (!MentionFiles.checkHeader(cells, problems)) {
						return List.of();
					}
					header = cells.stream().map(String::strip).toList();
					continue;
				}
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					values.put(header.get(i), cells.get(i));
				}
				rows.add(new RawRow(row.getRowNum() + 1, values));
			}
			if (header == null) {
				problems.add(new MentionProblem(0, "", "the first sheet is empty"));
			}
		}
		catch (Exception ex) {
			/*
			 * POI signals a zip bomb, an XML declaration it refuses or a broken part with
			 * several unchecked exception types; each means the same: the file is
			 * refused.
			 */
			problems.add(new MentionProblem(0, "", "not a readable XLSX file, refused: " + reason(ex)));
		}
		return rows;
	}

	private static List<String> cells(Row row, DataFormatter formatter, int width) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < Math.max(width, 0); i++) {
			Cell cell = row.getCell(i);
			if (cell == null) {
				cells.add("");
			}
			else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
				cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
			}
			else {
				cells.add(formatter.formatCellValue(cell));
			}
		}
		return cells;
	}

	private static String reason(Throwable ex) {
		StringBuilder reason = new StringBuilder();
		for (Throwable t = ex; t != null && reason.length() < 400; t = t.getCause()) {
			if (t.getMessage() != null) {
				reason.append((reason.length() > 0) ? "; " : "").append(t.getMessage().split("\n")[0]);
			}
		}
		return reason.isEmpty() ? ex.getClass().getSimpleName() : reason.toString();
	}

}
