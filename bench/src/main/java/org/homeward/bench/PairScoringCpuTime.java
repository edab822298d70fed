package org.homeward.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link PairScoringBenchmark}'s loop timed by the thread's CPU time instead of wall
 * time: on a machine whose cores other processes share, a wall-time score mostly measures
 * the load (JMH error bars larger than the score at a load average of 9 on 2 cores),
 * while CPU time moves less, though caches are still shared. Three untimed rounds, then
 * eight timed ones of {@code batches} batches of 4,096 pairs; prints each round and the
 * median.
 * <p>
 * Run:
 * {@code java -cp bench/target/homeward-bench.jar org.homeward.bench.PairScoringCpuTime 100000 200}
 */
public final class PairScoringCpuTime {

	private static final int ROUNDS = 8;

	private PairScoringCpuTime() {
	}

	/**
	 * Prepares the benchmark's pairs and scores them.
	 * @param args the number of records (default 10000) and of batches per round (default
	 * 200)
	 */
	public static void main(String[] args) {
		PairScoringBenchmark benchmark = new PairScoringBenchmark();
		benchmark.records = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		int batches = (args.length > 1) ? Integer.parseInt(args[1]) : 200;
		benchmark.prepare();
		Blackhole blackhole = new Blackhole(
				"Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] rates = new double[ROUNDS];
		for (int round = -3; round < ROUNDS; round++) {
			long cpu = threads.getCurrentThreadCpuTime();
			for (int b = 0; b < batches; b++) {
				benchmark.scoreBatch(blackhole);
			}
			double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
			if (round >= 0) {
				rates[round] = batches * (double) PairScoringBenchmark.BATCH / seconds;
				System.out.printf(Locale.ROOT, "round %d: %,.0f pairs per CPU second%n", round, rates[round]);
			}
		}
		Arrays.sort(rates);
		System.out.printf(Locale.ROOT, "records %d: median %,.0f pairs per CPU second (min %,.0f, max %,.0f)%n",
				benchmark.records, (rates[ROUNDS / 2 - 1] + rates[ROUNDS / 2]) / 2, rates[0], rates[ROUNDS - 1]);
		blackhole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
	}

}
