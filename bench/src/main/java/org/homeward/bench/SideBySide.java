package org.homeward.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import no.priv.garshol.duke.Record;
import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.LinkageResult;
import org.homeward.linkage.evaluation.FebrlTruth;
import org.homeward.linkage.evaluation.PairwiseEvaluation;
import org.homeward.linkage.evaluation.PairwiseScore;
import org.homeward.linkage.synthetic.SyntheticBenchmark;

/**
 * Homeward and Duke 1.2 side by side on the same machine: FEBRL 4 (linking 4a with 4b)
 * and the synthetic cross-script benchmark (deduplicating all sources). Both engines use
 * all cores. Wall time covers each engine's own preparation (for Duke, the ASCII cleaning
 * of the synthetic records) and its whole linkage, not reading the files.
 * <p>
 * Run:
 * {@code java -Xmx4g -cp bench/target/homeward-bench.jar org.homeward.bench.SideBySide [children] [--engine homeward|duke|both] [--dataset febrl|synthetic|both] [--warm [N]]}
 * <ul>
 * <li>{@code children}: synthetic children (default 20000, seed 1);</li>
 * <li>{@code --engine}: which engines run (default both, Homeward first); a cold figure
 * is fair only for the engine that runs first in a fresh JVM, so measure cold with one
 * engine per JVM;</li>
 * <li>{@code --warm [N]}: each engine first runs N times untimed (default 1), then nine
 * timed runs; the line shows the median and all nine. Without it each engine runs once,
 * timed. One untimed run leaves much of either engine still interpreted; with more (10
 * and up) both reach their steady state, the figure for an engine that runs all day in a
 * server.</li>
 * </ul>
 */
public final class SideBySide {

	/*
	 * Timed runs after warming: with three, one slow run on the shared machine moved the
	 * median by 10-20 %.
	 */
	private static final int WARM_RUNS = 9;

	private final boolean homeward;

	private final boolean duke;

	private final boolean warm;

	private final int warmups;

	private final int threads = Runtime.getRuntime().availableProcessors();

	private SideBySide(String engine, int warmups) {
		this.homeward = !engine.equals("duke");
		this.duke = !engine.equals("homeward");
		this.warm = warmups > 0;
		this.warmups = warmups;
	}

	/**
	 * Runs the chosen engines on the chosen benchmarks and prints one line per engine and
	 * dataset.
	 * @param args see the class comment
	 * @throws IOException if FEBRL cannot be read
	 */
	public static void main(String[] args) throws IOException {
		int children = 20_000;
		String engine = "both";
		String dataset = "both";
		int warmups = 0;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--engine" -> engine = args[++i];
				case "--dataset" -> dataset = args[++i];
				case "--warm" -> {
					boolean count = i + 1 < args.length && args[i + 1].matches("[0-9]+");
					warmups = count ? Integer.parseInt(args[++i]) : 1;
				}
				default -> children = Integer.parseInt(args[i]);
			}
		}
		SideBySide run = new SideBySide(engine, warmups);
		if (!dataset.equals("synthetic")) {
			run.febrl();
		}
		if (!dataset.equals("febrl")) {
			run.synthetic(children);
		}
	}

	private void febrl() throws IOException {
		FebrlDataset febrl = FebrlDataset.read(FebrlDataset.defaultFolder());
		List<InputRecord> input = new ArrayList<>(Inputs.febrl(febrl.a()));
		input.addAll(Inputs.febrl(febrl.b()));
		Map<String, String> truth = new HashMap<>();
		input.forEach((r) -> truth.put(r.id(), FebrlTruth.entityOf(r.id()).orElseThrow()));
		if (this.homeward) {
			measure("FEBRL 4", "Homeward", truth, () -> homeward(FieldProfile.febrl(), input));
		}
		if (this.duke) {
			measure("FEBRL 4", "Duke 1.2", truth, () -> {
				List<Record> a = DukeSetups.febrlRecords(febrl.a());
				List<Record> b = DukeSetups.febrlRecords(febrl.b());
				return DukeSetups.febrl().link(a, b, this.threads);
			});
		}
	}

	private void synthetic(int children) {
		SyntheticBenchmark benchmark = SyntheticBenchmark.generate(children, 1);
		Map<String, String> truth = Inputs.truth(benchmark.records());
		String name = "synthetic " + children;
		List<InputRecord> input = Inputs.person(benchmark.records());
		if (this.homeward) {
			measure(name, "Homeward", truth, () -> homeward(FieldProfile.person(), input));
		}
		if (this.duke) {
			measure(name, "Duke 1.2", truth, () -> DukeSetups.synthetic()
				.deduplicate(DukeSetups.syntheticRecords(benchmark.records()), this.threads));
		}
	}

	private static Map<String, String> homeward(FieldProfile profile, List<InputRecord> input) {
		LinkageResult result = LinkageEngine.create(profile).link(input);
		System.out.printf(Locale.ROOT,
				"  Homeward phases: preparing %d ms, blocking and training %d ms, scoring %d ms%n",
				result.stats().prepareMillis(), result.stats().trainMillis(), result.stats().scoreMillis());
		return Inputs.asText(result.clustersById());
	}

	private void measure(String dataset, String engine, Map<String, String> truth, Supplier<Map<String, String>> run) {
		for (int w = 0; w < this.warmups; w++) {
			run.get();
		}
		long[] millis = new long[this.warm ? WARM_RUNS : 1];
		Map<String, String> clusters = null;
		for (int r = 0; r < millis.length; r++) {
			long start = System.nanoTime();
			clusters = run.get();
			millis[r] = (System.nanoTime() - start) / 1_000_000;
		}
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		PairwiseScore score = PairwiseEvaluation.score(truth, clusters);
		System.out.printf(Locale.ROOT,
				"%-16s %-9s records %7d | TP %8d FP %9d FN %7d | P %.4f R %.4f F1 %.4f | %s %7d ms %s%n", dataset,
				engine, score.records(), score.truePositivePairs(), score.falsePositivePairs(),
				score.falseNegativePairs(), score.precision(), score.recall(), score.f1(),
				this.warm ? "warm median" : "cold", sorted[sorted.length / 2],
				this.warm ? Arrays.toString(millis) : "");
	}

}
