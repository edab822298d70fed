package org.homeward.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.homeward.linkage.BlockingRule;
import org.homeward.linkage.FieldKind;
import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.FieldSpec;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.PreparedRecord;
import org.homeward.linkage.synthetic.SyntheticRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One field comparator at a time: the engine scores pairs through a profile holding only
 * that field, so the figure is the cost of that field's comparison levels (exact,
 * concept, Jaro–Winkler bands, phonetic skeleton, date levels) plus the weight lookup.
 * Throughput is pairs per second on one thread. Pairs come from the synthetic benchmark
 * ({@link BenchmarkPairs}); {@code pairs} sets the working set.
 * <p>
 * Run: {@code java -jar bench/target/homeward-bench.jar FieldComparatorBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FieldComparatorBenchmark {

	@Param({ "given_name", "family_name", "patronymic", "birth_date", "settlement" })
	public String field;

	@Param({ "1024", "65536" })
	public int pairs;

	private LinkageEngine engine;

	private PreparedRecord[] left;

	private PreparedRecord[] right;

	private int mask;

	private int next;

	@Setup
	public void prepare() {
		FieldSpec spec = FieldSpec.of(this.field, kindOf(this.field));
		BlockingRule rule = BlockingRule.of(new BlockingRule.Part(this.field, BlockingRule.Take.VALUE));
		this.engine = LinkageEngine.create(new FieldProfile("bench", List.of(spec), List.of(rule), false));
		List<SyntheticRecord> records = EndToEndBenchmark.exactly(Math.max(4000, this.pairs / 4));
		List<PreparedRecord> prepared = this.engine.prepareAll(Inputs.person(records));
		BenchmarkPairs drawn = BenchmarkPairs.draw(records, prepared, this.pairs);
		this.left = drawn.left();
		this.right = drawn.right();
		this.mask = this.pairs - 1;
	}

	@Benchmark
	public double scorePair() {
		int i = this.next++ & this.mask;
		return this.engine.score(this.left[i], this.right[i]);
	}

	private static FieldKind kindOf(String field) {
		return switch (field) {
			case "given_name" -> FieldKind.GIVEN_NAME;
			case "family_name" -> FieldKind.FAMILY_NAME;
			case "patronymic" -> FieldKind.PATRONYMIC;
			case "birth_date" -> FieldKind.DATE;
			case "sex" -> FieldKind.SEX;
			default -> FieldKind.PLACE;
		};
	}

}
