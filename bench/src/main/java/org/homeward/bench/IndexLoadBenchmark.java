package org.homeward.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.InMemoryCandidateIndex;
import org.homeward.linkage.IndexSnapshot;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.synthetic.SyntheticBenchmark;

/**
 * Start-up of the candidate index over N synthetic children (the records of
 * {@link SearchLatencyBenchmark}, same seed): building it from the records in a new JVM's
 * first engine (what a start without a snapshot does, minus reading the database), then
 * writing an {@link IndexSnapshot} and reading it into a new engine (what a start with a
 * snapshot does). It checks that both indexes answer 200 queries alike.
 * <p>
 * Run: {@code ./mvnw -q -pl linkage,bench package -DskipTests && java -Xmx4g -cp
 * bench/target/homeward-bench.jar org.homeward.bench.IndexLoadBenchmark 100000}
 */
public final class IndexLoadBenchmark {

	private IndexLoadBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int children = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		List<InputRecord> inputs = Inputs.person(SyntheticBenchmark.generate(children, 20251203L).records());
		long start = System.nanoTime();
		InMemoryCandidateIndex built = new InMemoryCandidateIndex(LinkageEngine.create(FieldProfile.person()));
		inputs.forEach(built::add);
		long buildMs = (System.nanoTime() - start) / 1_000_000;
		Path file = Files.createTempFile("homeward-index", ".bin");
		start = System.nanoTime();
		try (DataOutputStream out = new DataOutputStream(
				new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
			IndexSnapshot.write(built, out);
		}
		long writeMs = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		InMemoryCandidateIndex loaded;
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			loaded = IndexSnapshot.read(LinkageEngine.create(FieldProfile.person()), in, (n) -> {
			});
		}
		long readMs = (System.nanoTime() - start) / 1_000_000;
		Random random = new Random(7);
		int differing = 0;
		for (int q = 0; q < 200; q++) {
			InputRecord query = inputs.get(random.nextInt(inputs.size()));
			differing += built.candidates(query, 20).equals(loaded.candidates(query, 20)) ? 0 : 1;
		}
		System.out.printf("children:          %d%nrecords:           %d%n", children, built.size());
		System.out.printf("build from records: %d ms%nwrite snapshot:     %d ms (%d MB)%n", buildMs, writeMs,
				Files.size(file) / (1024 * 1024));
		System.out.printf("read snapshot:      %d ms%nqueries answered differently: %d of 200%n", readMs, differing);
		Files.delete(file);
	}

}
