package org.homeward.linkage.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The form table of a concept file, precomputed: every key of
 * {@link NameConcepts#formsOf} with its concepts, stored beside the concept file as
 * {@code <name>.forms} with the CRC-32 and length of the concept file it was computed
 * from. Computing the Latin forms at start-up meant initialising three ICU
 * transliterators and romanising every form, about 300 ms of a 1.2 s cold FEBRL 4 run
 * that holds no Cyrillic at all (see BENCHMARKS.md). A table whose concept file has
 * changed is ignored, so the engine falls back to computing; the test
 * {@code ConceptFormTableTest} fails until the table is regenerated: <pre>
 * ./mvnw -B -o -pl linkage package -DskipTests
 * java -cp linkage/target/homeward-linkage-0.1.0-SNAPSHOT-cli.jar \
 *   org.homeward.linkage.names.ConceptFormTable linkage/src/main/resources
 * </pre>
 */
public final class ConceptFormTable {

	private ConceptFormTable() {
	}

	/**
	 * Writes the tables of the built-in concept files, computed by the romanisers.
	 * @param args the resources folder to write into, such as
	 * {@code linkage/src/main/resources}
	 * @throws IOException if a table cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Path root = Path.of(args[0]);
		for (String resource : new String[] { NameConcepts.GIVEN_NAMES, NameConcepts.PLACE_NAMES }) {
			Path file = root.resolve(tableOf(resource).substring(1));
			write(file, resource, NameConcepts.formsOf(DataLines.read(resource)));
			System.out.println("wrote " + file);
		}
	}

	/**
	 * The stored table of a concept file, if it was computed from the file as it is now.
	 * @param resource the concept file's class-path name
	 * @return the forms and their sorted concepts, or empty when the table is missing or
	 * stale
	 */
	static Optional<Map<String, int[]>> read(String resource) {
		InputStream in = ConceptFormTable.class.getResourceAsStream(tableOf(resource));
		if (in == null) {
			return Optional.empty();
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String source = null;
			Map<String, int[]> byForm = new HashMap<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith("#")) {
					continue;
				}
				if (source == null) {
					source = line;
					if (!source.equals(fingerprint(resource))) {
						return Optional.empty();
					}
					continue;
				}
				int split = line.indexOf(';');
				byForm.put(line.substring(0, split), concepts(line.substring(split + 1)));
			}
			return Optional.of(Map.copyOf(byForm));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int[] concepts(String commaSeparated) {
		String[] parts = commaSeparated.split(",");
		int[] concepts = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			concepts[i] = Integer.parseInt(parts[i]);
		}
		return concepts;
	}

	private static void write(Path file, String resource, Map<String, int[]> byForm) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("# Generated from " + resource.substring(resource.lastIndexOf('/') + 1)
					+ " by org.homeward.linkage.names.ConceptFormTable; do not edit (see its Javadoc).\n");
			out.write("# Next line: CRC-32 and length of the concept file. Then form;concepts.\n");
			out.write(fingerprint(resource) + "\n");
			for (Map.Entry<String, int[]> entry : new TreeMap<>(byForm).entrySet()) {
				StringBuilder line = new StringBuilder(entry.getKey()).append(';');
				for (int c = 0; c < entry.getValue().length; c++) {
					line.append((c > 0) ? "," : "").append(entry.getValue()[c]);
				}
				out.write(line.append('\n').toString());
			}
		}
	}

	static String fingerprint(String resource) {
		try (InputStream in = ConceptFormTable.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing data file " + resource);
			}
			byte[] bytes = in.readAllBytes();
			CRC32 crc = new CRC32();
			crc.update(bytes);
			return "source " + Long.toHexString(crc.getValue()) + " " + bytes.length;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String tableOf(String resource) {
		return resource.substring(0, resource.lastIndexOf('.')) + ".forms";
	}

}
