package org.homeward.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.LinkageResult;
import org.homeward.linkage.LinkageStats;
import org.homeward.linkage.evaluation.PairwiseEvaluation;
import org.homeward.linkage.evaluation.PairwiseScore;
import org.homeward.linkage.synthetic.SyntheticBenchmark;
import org.homeward.linkage.synthetic.SyntheticRecord;

/**
 * End to end: generates N synthetic records (seed 1), links them with the person profile
 * on all cores, and prints records, candidate pairs, wall time, peak heap and pairwise
 * F1. One cold run per size, in one JVM, sizes in the order given.
 * <p>
 * Run:
 * {@code java -Xmx4g -cp bench/target/homeward-bench.jar org.homeward.bench.EndToEndBenchmark 100000 1000000}
 */
public final class EndToEndBenchmark {

	private static final long SEED = 1;

	private EndToEndBenchmark() {
	}

	/**
	 * Runs one measurement per size.
	 * @param args record counts; default 100000 and 1000000
	 */
	public static void main(String[] args) throws InterruptedException {
		List<Integer> sizes = (args.length == 0) ? List.of(100_000, 1_000_000)
				: Arrays.stream(args).map(Integer::valueOf).toList();
		System.out.printf(Locale.ROOT, "cores %d, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		for (int size : sizes) {
			run(size);
		}
	}

	private static void run(int size) throws InterruptedException {
		long generateStart = System.nanoTime();
		List<SyntheticRecord> records = exactly(size);
		List<InputRecord> input = Inputs.person(records);
		long generateMillis = (System.nanoTime() - generateStart) / 1_000_000;
		System.gc();
		long start = System.nanoTime();
		try (HeapSampler heap = new HeapSampler()) {
			LinkageResult result = LinkageEngine.create(FieldProfile.person()).link(input);
			long wallMillis = (System.nanoTime() - start) / 1_000_000;
			report(size, generateMillis, wallMillis, heap.peakBytes(), result, Inputs.truth(records));
		}
		catch (OutOfMemoryError ex) {
			/*
			 * A run that does not fit the heap is a result too: say so instead of dying
			 * without a line.
			 */
			System.out.printf(Locale.ROOT, "records %d | generated in %d ms | link ran out of heap after %d ms%n", size,
					generateMillis, (System.nanoTime() - start) / 1_000_000);
		}
	}

	/**
	 * Generates enough children for the size (about 3.6 records each) and keeps the first
	 * records of the shuffled output, so a child may keep only some of its records.
	 */
	static List<SyntheticRecord> exactly(int size) {
		int children = (int) Math.ceil(size / 3.4);
		List<SyntheticRecord> records = SyntheticBenchmark.generate(children, SEED).records();
		while (records.size() < size) {
			children = children + children / 10 + 1;
			records = SyntheticBenchmark.generate(children, SEED).records();
		}
		return records.subList(0, size);
	}

	private static void report(int size, long generateMillis, long wallMillis, long peakBytes, LinkageResult result,
			Map<String, String> truth) {
		LinkageStats stats = result.stats();
		PairwiseScore score = PairwiseEvaluation.score(truth, Inputs.asText(result.clustersById()));
		System.out.printf(Locale.ROOT, "records %d | generated in %d ms | candidate pairs %d | pairs/s %.0f | "
				+ "kept pairs %d | clusters %d | link wall time %d ms | peak heap %d MiB | P %.4f R %.4f F1 %.4f%n",
				size, generateMillis, stats.candidatePairs(), stats.pairsPerSecond(), stats.keptPairs(),
				stats.clusters(), wallMillis, peakBytes >> 20, score.precision(), score.recall(), score.f1());
	}

}
