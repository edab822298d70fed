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
		System.out.printf("children:     %d%nrecords:      %d%nindex built:  %d ms%n", children, index.size(),
				(System.nanoTime() - start) / 1_000_000);
		Random random = new Random(7);
		for (int i = 0; i < Math.min(200, queries); i++) {
			index.candidates(inputs.get(random.nextInt(inputs.size())), 20);
		}
		long[] nanos = new long[queries];
		int found = 0;
		int findable = 0;
		for (int q = 0; q < queries; q++) {
			int pick = random.nextInt(inputs.size());
			InputRecord query = inputs.get(pick);
			long t = System.nanoTime();
			List<Candidate> answer = index.candidates(query, 20);
			nanos[q] = System.nanoTime() - t;
			String entity = records.get(pick).entityId();
			if (recordsOf.get(entity) > 1) {
				findable++;
				if (answer.stream().anyMatch(c -> entity.equals(entityOf.get(c.recordId())))) {
					found++;
				}
			}
		}
		Arrays.sort(nanos);
		System.out.printf("queries:      %d%np50:          %.2f ms%np95:          %.2f ms%np99:          %.2f ms%n",
				queries, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99));
		System.out.printf("same child among the first 20 (when it has other records): %.3f%n",
				(double) found / Math.max(1, findable));
		System.out.printf("heap used:    %d MB%n",
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
