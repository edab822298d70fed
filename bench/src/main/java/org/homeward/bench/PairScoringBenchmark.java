package org.homeward.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.PreparedRecord;
import org.homeward.linkage.synthetic.SyntheticRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The pair-scoring loop of the person profile: all seven fields, a model trained by the
 * engine's own EM on (up to 20,000 of) the records, term-frequency weights from the whole
 * batch. Each invocation scores {@value #BATCH} pairs, so throughput reads as pairs per
 * second on one thread. Each score goes to a {@link Blackhole}; {@code score} reuses the
 * thread's scoring context, as a caller scoring many pairs does. {@code records} sets how
 * many prepared records the pairs are drawn from (the memory the loop walks).
 * <p>
 * Run: {@code java -jar bench/target/homeward-bench.jar PairScoringBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PairScoringBenchmark {

	static final int BATCH = 4096;

	private static final int PAIRS = 1 << 16;

	@Param({ "10000", "100000" })
	public int records;

	private LinkageEngine engine;

	private PreparedRecord[] left;

	private PreparedRecord[] right;

	private int cursor;

	@Setup
	public void prepare() {
		List<SyntheticRecord> synthetic = EndToEndBenchmark.exactly(this.records);
		List<InputRecord> input = Inputs.person(synthetic);
		LinkageEngine untrained = LinkageEngine.create(FieldProfile.person());
		this.engine = untrained.withModel(untrained.link(input.subList(0, Math.min(input.size(), 20_000))).model());
		BenchmarkPairs drawn = BenchmarkPairs.draw(synthetic, this.engine.prepareAll(input), PAIRS);
		this.left = drawn.left();
		this.right = drawn.right();
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public void scoreBatch(Blackhole blackhole) {
		int start = this.cursor;
		for (int i = start; i < start + BATCH; i++) {
			blackhole.consume(this.engine.score(this.left[i], this.right[i]));
		}
		this.cursor = (start + BATCH) & (PAIRS - 1);
	}

}
