package org.homeward.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homeward.linkage.CandidateIndex.Candidate;
import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.InMemoryCandidateIndex;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.synthetic.SyntheticBenchmark;
import org.homeward.linkage.synthetic.SyntheticRecord;

/**
 * How fast the candidate index behind the search box answers "who could this be?" over a
 * registry of N synthetic children (about four identity versions each): each query is one
 * of a child's records, looked up among all the others, and the figures are the latency
 * percentiles and how often the same child is among the first 20 answers.
 * <p>
 * Run: {@code ./mvnw -q -pl bench -am package -DskipTests && java -Xmx4g -cp
 * bench/target/homeward-bench.jar org.homeward.bench.SearchLatencyBenchmark 100000 1000}
 * (children, queries).
 */
public final class SearchLatencyBenchmark {

	private SearchLatencyBenchmark() {
	}

	public static void main(String[] args) {
		int children = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int queries = (args.length > 1) ? Integer.parseInt(args[1]) : 1_000;
		long start = System.nanoTime();
		Registry registry = Registry.generate(children);
		System.out.printf("children:     %d%nrecords:      %d%nindex built:  %d ms%n", children,
				registry.index().size(), (System.nanoTime() - start) / 1_000_000);
		Random random = new Random(7);
		for (int i = 0; i < Math.min(200, queries); i++) {
			registry.index().candidates(registry.inputs().get(random.nextInt(registry.inputs().size())), 20);
		}
		Latencies latencies = measure(registry, queries, random);
		long[] nanos = latencies.nanos();
		System.out.printf("queries:      %d%np50:          %.2f ms%np95:          %.2f ms%np99:          %.2f ms%n",
				queries, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99));
		System.out.printf("same child among the first 20 (when it has other records): %.3f%n",
				(double) latencies.found() / Math.max(1, latencies.findable()));
		System.out.printf("heap used:    %d MB%n",
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
	}

	/*
	 * Times each query on its own; a child with other records counts as findable, and as
	 * found when one of them is among the first 20 answers.
	 */
	private static Latencies measure(Registry registry, int queries, Random random) {
		long[] nanos = new long[queries];
		int found = 0;
		int findable = 0;
		for (int q = 0; q < queries; q++) {
			int pick = random.nextInt(registry.inputs().size());
			InputRecord query = registry.inputs().get(pick);
			long t = System.nanoTime();
			List<Candidate> answer = registry.index().candidates(query, 20);
			nanos[q] = System.nanoTime() - t;
			String entity = registry.records().get(pick).entityId();
			if (registry.recordsOf().get(entity) > 1) {
				findable++;
				if (answer.stream().anyMatch(c -> entity.equals(registry.entityOf().get(c.recordId())))) {
					found++;
				}
			}
		}
		Arrays.sort(nanos);
		return new Latencies(nanos, found, findable);
	}

	/**
	 * The synthetic registry, indexed.
	 *
	 * @param records the children's records
	 * @param inputs the same records as the engine reads them
	 * @param index every record in the candidate index
	 * @param entityOf the child of each record id
	 * @param recordsOf the number of records of each child
	 */
	private record Registry(List<SyntheticRecord> records, List<InputRecord> inputs, InMemoryCandidateIndex index,
			Map<String, String> entityOf, Map<String, Integer> recordsOf) {

		static Registry generate(int children) {
			List<SyntheticRecord> records = SyntheticBenchmark.generate(children, 20251203L).records();
			List<InputRecord> inputs = Inputs.person(records);
			InMemoryCandidateIndex index = new InMemoryCandidateIndex(LinkageEngine.create(FieldProfile.person()));
			Map<String, String> entityOf = new HashMap<>();
			Map<String, Integer> recordsOf = new HashMap<>();
			for (int i = 0; i < inputs.size(); i++) {
				index.add(inputs.get(i));
				entityOf.put(records.get(i).recordId(), records.get(i).entityId());
				recordsOf.merge(records.get(i).entityId(), 1, Integer::sum);
			}
			return new Registry(records, inputs, index, entityOf, recordsOf);
		}

	}

	/**
	 * What the timed queries found.
	 *
	 * @param nanos each query's latency, sorted
	 * @param found the findable queries whose child was among the first 20 answers
	 * @param findable the queries whose child has other records
	 */
	private record Latencies(long[] nanos, int found, int findable) {
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
