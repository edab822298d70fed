package org.homeward.linkage;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.homeward.linkage.synthetic.Mention;
import org.homeward.linkage.synthetic.SyntheticBenchmark;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scoring loop that {@code link} runs ({@link BatchScorer}): every candidate pair of
 * the blocks, block by block, on one thread, with the model the engine trains on the same
 * records, keeping the pairs at or above the review weight. One invocation scores all
 * candidate pairs of the synthetic benchmark ({@code children} children, seed 1: 3.1
 * million pairs at 20,000 children); the {@code pairs} counter reads as candidate pairs
 * per second on one core. {@link org.homeward.bench.PairScoringBenchmark} measures
 * {@link LinkageEngine#score} on pairs in random order instead, the cost for a caller
 * that scores pairs one by one.
 * <p>
 * It lives in the engine's package to reach the package-private loop without making it
 * public. Run: {@code java -jar bench/target/homeward-bench.jar BlockScoringBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx4g" })
public class BlockScoringBenchmark {

	@Param({ "20000" })
	public int children;

	private Blocker blocker;

	private BatchScorer scorer;

	/** Candidate pairs scored, reported per second. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.OPERATIONS)
	public static class Pairs {

		public long pairs;

		@Setup(Level.Iteration)
		public void reset() {
			this.pairs = 0;
		}

	}

	@Setup
	public void prepare() {
		List<InputRecord> input = SyntheticBenchmark.generate(this.children, 1).records().stream().map((r) -> {
			Mention m = r.mention();
			return InputRecord.person(r.recordId(), m.source(), m.givenName(), m.familyName(), m.patronymic(), m.sex(),
					m.birthDate(), m.settlement(), m.oblast());
		}).toList();
		LinkageOptions options = LinkageOptions.defaults(FieldProfile.person());
		LinkageEngine engine = LinkageEngine.create(options);
		List<PreparedRecord> prepared = engine.prepareAll(input);
		FellegiSunterModel model = engine.linkPrepared(prepared).model();
		this.blocker = new Blocker(options.profile(), prepared, options.maxBlockSize());
		this.scorer = new BatchScorer(new Scorer(model), prepared, options.profile().crossSourceOnly(),
				model.weightFor(options.reviewProbability()));
	}

	@Benchmark
	public Object scoreAllBlocks(Pairs counter) {
		long before = this.scorer.compared();
		List<BatchScorer.Kept> kept = this.scorer.scoreAll(this.blocker, 1);
		counter.pairs += this.scorer.compared() - before;
		return kept;
	}

}
