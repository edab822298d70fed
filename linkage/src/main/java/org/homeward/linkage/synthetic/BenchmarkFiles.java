package org.homeward.linkage.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a benchmark as {@code records.csv} (what the sources say) and {@code truth.csv}
 * (which child each record describes), UTF-8 with a header row and LF line ends.
 */
public final class BenchmarkFiles {

	/** The header of {@code records.csv}. */
	public static final String[] RECORD_COLUMNS = { "record_id", "source", "given_name", "family_name", "patronymic",
			"sex", "birth_date", "settlement", "oblast" };

	/** The header of {@code truth.csv}. */
	public static final String[] TRUTH_COLUMNS = { "record_id", "entity_id" };

	private BenchmarkFiles() {
	}

	/**
	 * Writes both files into a directory, creating it if needed and replacing older
	 * files.
	 * @param benchmark the benchmark
	 * @param directory the output directory
	 * @throws IOException if a file cannot be written
	 */
	public static void write(SyntheticBenchmark benchmark, Path directory) throws IOException {
		Files.createDirectories(directory);
		try (CSVPrinter records = printer(directory.resolve("records.csv"), RECORD_COLUMNS);
				CSVPrinter truth = printer(directory.resolve("truth.csv"), TRUTH_COLUMNS)) {
			for (SyntheticRecord r : benchmark.records()) {
				Mention m = r.mention();
				records.printRecord(r.recordId(), m.source(), m.givenName(), m.familyName(), m.patronymic(), m.sex(),
						m.birthDate(), m.settlement(), m.oblast());
				truth.printRecord(r.recordId(), r.entityId());
			}
		}
	}

	private static CSVPrinter printer(Path file, String[] header) throws IOException {
		Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get().print(writer);
	}

}
