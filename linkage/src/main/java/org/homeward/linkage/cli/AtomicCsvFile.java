package org.homeward.linkage.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file written to a temporary file beside its target and moved into place only on
 * {@link #commit()}, so a failed run never leaves half a file. Close without commit to
 * discard it.
 */
final class AtomicCsvFile implements AutoCloseable {

	private final Path target;

	private final Path temp;

	private final CSVPrinter printer;

	private boolean committed;

	/** Writes rows of a CSV file. */
	@FunctionalInterface
	interface Rows {

		void write(CSVPrinter printer) throws IOException;

	}

	AtomicCsvFile(Path target, String... header) throws IOException {
		this.target = target.toAbsolutePath();
		Path directory = this.target.getParent();
		Files.createDirectories(directory);
		this.temp = Files.createTempFile(directory, "." + this.target.getFileName(), ".tmp");
		Writer writer = Files.newBufferedWriter(this.temp, StandardCharsets.UTF_8);
		this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
		this.printer.printRecord((Object[]) header);
	}

	void write(Rows rows) throws IOException {
		rows.write(this.printer);
	}

	void commit() throws IOException {
		this.printer.close();
		try {
			Files.move(this.temp, this.target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (java.nio.file.AtomicMoveNotSupportedException ex) {
			Files.move(this.temp, this.target, StandardCopyOption.REPLACE_EXISTING);
		}
		this.committed = true;
	}

	@Override
	public void close() throws IOException {
		if (!this.committed) {
			this.printer.close();
			Files.deleteIfExists(this.temp);
		}
	}

}
