package org.homeward.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import no.priv.garshol.duke.Record;
import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.evaluation.FebrlTruth;
import org.homeward.linkage.evaluation.PairwiseEvaluation;
import org.homeward.linkage.evaluation.PairwiseScore;
import org.homeward.linkage.synthetic.SyntheticBenchmark;

/**
 * Homeward and Duke 1.2 side by side, in one JVM on the same machine: FEBRL 4 (linking 4a
 * with 4b) and the synthetic cross-script benchmark (deduplicating all sources). Both
 * engines use all cores; each figure is one cold run. Wall time covers each engine's own
 * preparation (for Duke, the ASCII cleaning of the synthetic records) and its whole
 * linkage.
 * <p>
 * Run:
 * {@code java -Xmx4g -cp bench/target/homeward-bench.jar org.homeward.bench.SideBySide 20000}
 * (the argument is the number of synthetic children; default 20000, seed 1).
 */
public final class SideBySide {

	private SideBySide() {
	}

	/**
	 * Runs both engines on both benchmarks and prints one line per run.
	 * @param args optionally the number of synthetic children
	 * @throws IOException if FEBRL cannot be read
	 */
	public static void main(String[] args) throws IOException {
		int children = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		int threads = Runtime.getRuntime().availableProcessors();
		febrl(threads);
		synthetic(children, threads);
	}

	private static void febrl(int threads) throws IOException {
		FebrlDataset febrl = FebrlDataset.read(FebrlDataset.defaultFolder());
		List<InputRecord> input = new ArrayList<>(Inputs.febrl(febrl.a()));
		input.addAll(Inputs.febrl(febrl.b()));
		Map<String, String> truth = new HashMap<>();
		input.forEach((r) -> truth.put(r.id(), FebrlTruth.entityOf(r.id()).orElseThrow()));
		measure("FEBRL 4", "Homeward", truth,
				() -> Inputs.asText(LinkageEngine.create(FieldProfile.febrl()).link(input).clustersById()));
		measure("FEBRL 4", "Duke 1.2", truth, () -> {
			List<Record> a = DukeSetups.febrlRecords(febrl.a());
			List<Record> b = DukeSetups.febrlRecords(febrl.b());
			return DukeSetups.febrl().link(a, b, threads);
		});
	}

	private static void synthetic(int children, int threads) {
		SyntheticBenchmark benchmark = SyntheticBenchmark.generate(children, 1);
		Map<String, String> truth = Inputs.truth(benchmark.records());
		String name = "synthetic " + children;
		List<InputRecord> input = Inputs.person(benchmark.records());
		measure(name, "Homeward", truth,
				() -> Inputs.asText(LinkageEngine.create(FieldProfile.person()).link(input).clustersById()));
		measure(name, "Duke 1.2", truth,
				() -> DukeSetups.synthetic().deduplicate(DukeSetups.syntheticRecords(benchmark.records()), threads));
	}

	private static void measure(String dataset, String engine, Map<String, String> truth,
			Supplier<Map<String, String>> run) {
		long start = System.nanoTime();
		Map<String, String> clusters = run.get();
		long millis = (System.nanoTime() - start) / 1_000_000;
		PairwiseScore score = PairwiseEvaluation.score(truth, clusters);
		System.out.printf(Locale.ROOT,
				"%-16s %-9s records %7d | TP %8d FP %9d FN %7d | P %.4f R %.4f F1 %.4f | wall %7d ms%n", dataset,
				engine, score.records(), score.truePositivePairs(), score.falsePositivePairs(),
				score.falseNegativePairs(), score.precision(), score.recall(), score.f1(), millis);
	}

}
