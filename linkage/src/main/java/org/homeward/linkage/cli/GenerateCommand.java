package org.homeward.linkage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.homeward.linkage.synthetic.BenchmarkFiles;
import org.homeward.linkage.synthetic.SyntheticBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate --children N --seed S --out DIR}: writes a synthetic cross-script
 * benchmark, {@code DIR/records.csv} and {@code DIR/truth.csv}. The same arguments always
 * give the same files.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Write a synthetic cross-script linkage benchmark: DIR/records.csv and DIR/truth.csv.",
				"Every child is invented; record ids start with syn-." })
public final class GenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private SyntheticSize size;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
	private Path out;

	@Override
	public Integer call() throws IOException {
		int children = this.size.children();
		long seed = this.size.seed();
		long start = System.nanoTime();
		SyntheticBenchmark benchmark = SyntheticBenchmark.generate(children, seed);
		BenchmarkFiles.write(benchmark, this.out);
		PrintWriter printer = this.spec.commandLine().getOut();
		printer.printf("wrote %d records of %d synthetic children (seed %d) to %s and %s in %d ms%n",
				benchmark.records().size(), benchmark.children(), seed, this.out.resolve("records.csv"),
				this.out.resolve("truth.csv"), (System.nanoTime() - start) / 1_000_000);
		printer.flush();
		return 0;
	}

}
