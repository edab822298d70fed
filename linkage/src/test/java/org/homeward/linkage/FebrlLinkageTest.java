package org.homeward.linkage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FEBRL 4 (5,000 originals against 5,000 corrupted duplicates): the classic published
 * benchmark for record linkage, linked with the febrl profile.
 */
class FebrlLinkageTest {

	static Path febrl(String file) {
		return Path.of(System.getProperty("homeward.root", "..")).resolve("../shared/data/febrl").resolve(file);
	}

	static List<InputRecord> read(String file) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.setTrim(true)
			.get();
		List<InputRecord> records = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(febrl(file), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			for (CSVRecord row : parser) {
				Map<String, String> values = new HashMap<>(row.toMap());
				records.add(new InputRecord(values.remove("rec_id"), file, values));
			}
		}
		return records;
	}

	@Test
	void linksFebrl4WithPairwiseF1AboveNinetyNinePercent() throws IOException {
		List<InputRecord> records = new ArrayList<>(read("dataset4a.csv"));
		records.addAll(read("dataset4b.csv"));
		LinkageResult result = LinkageEngine.create(FieldProfile.febrl()).link(records);
		Map<Integer, List<String>> clusters = new HashMap<>();
		for (int i = 0; i < records.size(); i++) {
			clusters.computeIfAbsent(result.clusterOf(i), (k) -> new ArrayList<>()).add(result.recordIds().get(i));
		}
		long predicted = 0;
		long truePositives = 0;
		for (List<String> ids : clusters.values()) {
			for (int a = 0; a < ids.size(); a++) {
				for (int b = a + 1; b < ids.size(); b++) {
					predicted++;
					truePositives += sameEntity(ids.get(a), ids.get(b)) ? 1 : 0;
				}
			}
		}
		double precision = (double) truePositives / predicted;
		double recall = truePositives / 5000.0;
		double f1 = 2 * precision * recall / (precision + recall);
		assertThat(f1).as("precision %.4f recall %.4f", precision, recall).isGreaterThanOrEqualTo(0.99);
	}

	private static boolean sameEntity(String a, String b) {
		return a.split("-")[1].equals(b.split("-")[1]);
	}

}
