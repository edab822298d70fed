package org.homeward.linkage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.homeward.linkage.evaluation.PairwiseScore;
import org.homeward.linkage.synthetic.OracleCeiling;
import org.homeward.linkage.synthetic.SyntheticBenchmark;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ceiling --children N --seed S [--posteriors FILE]}: the best pairwise scores any
 * engine could reach on the benchmark that {@code generate} writes with the same
 * arguments, measured by an oracle that knows the invented children
 * ({@link OracleCeiling}).
 */
@Command(name = "ceiling", mixinStandardHelpOptions = true,
		description = { "The best pairwise precision, recall and F1 any engine could reach on the synthetic benchmark",
				"that generate writes with the same --children and --seed: an oracle that knows every invented",
				"child assigns each record to the likeliest child its fields fit." })
public final class CeilingCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private SyntheticSize size;

	@Option(names = "--posteriors", paramLabel = "FILE",
			description = "also write each record's fitting children and posterior to this CSV file")
	private @Nullable Path posteriors;

	@Override
	public Integer call() throws IOException {
		int children = this.size.children();
		long seed = this.size.seed();
		long start = System.nanoTime();
		OracleCeiling.Result result = OracleCeiling.measure(SyntheticBenchmark.generate(children, seed));
		PrintWriter out = this.spec.commandLine().getOut();
		int[] fit = result.compatible();
		out.printf(Locale.ROOT, "records:            %d (%d children, seed %d)%n", result.records().size(), children,
				seed);
		out.printf(Locale.ROOT, "children a record fits: 1: %d, 2: %d, 3: %d, 4: %d, 5 or more: %d%n", fit[1], fit[2],
				fit[3], fit[4], fit[5]);
		if (result.impossible() > 0) {
			out.printf(Locale.ROOT, "records the oracle's model cannot produce from their own child: %d%n",
					result.impossible());
		}
		out.println("source              records  fit one child  assigned rightly");
		result.sources()
			.forEach((source, c) -> out.printf(Locale.ROOT, "%-18s %8d %14d %17d%n", source, c.records(), c.unique(),
					c.rightlyAssigned()));
		out.println("attach when the likeliest child's posterior is at least:");
		for (OracleCeiling.Threshold t : result.thresholds()) {
			PairwiseScore s = t.score();
			out.printf(Locale.ROOT, "  %-10s precision %.4f  recall %.4f  F1 %.4f%n", label(t.posterior()),
					s.precision(), s.recall(), s.f1());
		}
		OracleCeiling.Threshold best = result.bestAtPrecision(0.98);
		out.printf(Locale.ROOT, "best F1 with precision >= 0.98: %.4f (precision %.4f, recall %.4f)%n",
				best.score().f1(), best.score().precision(), best.score().recall());
		if (this.posteriors != null) {
			writePosteriors(result, this.posteriors);
			out.printf(Locale.ROOT, "wrote %s%n", this.posteriors);
		}
		out.printf(Locale.ROOT, "wall time:          %d ms%n", (System.nanoTime() - start) / 1_000_000);
		out.flush();
		return 0;
	}

	private static String label(double posterior) {
		if (posterior == 0) {
			return "any";
		}
		return (posterior > 0.5 && posterior < 0.5001) ? "> 0.5" : String.format(Locale.ROOT, "%.3f", posterior);
	}

	private static void writePosteriors(OracleCeiling.Result result, Path file) throws IOException {
		try (AtomicCsvFile csv = new AtomicCsvFile(file, "record_id", "entity_id", "children_fitting", "posterior",
				"assigned_rightly")) {
			csv.write((printer) -> {
				for (OracleCeiling.RecordPosterior p : result.records()) {
					printer.printRecord(p.recordId(), p.entityId(), p.compatible(),
							String.format(Locale.ROOT, "%.4f", p.posterior()),
							p.entityId().equals(p.chosenEntity()) ? 1 : 0);
				}
			});
			csv.commit();
		}
	}

}
