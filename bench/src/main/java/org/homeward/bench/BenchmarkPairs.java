package org.homeward.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homeward.linkage.PreparedRecord;
import org.homeward.linkage.synthetic.SyntheticRecord;

/**
 * Pairs of prepared records for the scoring benchmarks, drawn like a linkage run sees
 * them: a third true pairs (two records of one child), a third neighbours in family-name
 * order (what blocking proposes: same or similar surname, usually another child) and a
 * third random pairs.
 *
 * @param left the first record of each pair
 * @param right the second record of each pair
 */
record BenchmarkPairs(PreparedRecord[] left, PreparedRecord[] right) {

	/**
	 * Draws pairs.
	 * @param records the synthetic records
	 * @param prepared the same records prepared, in the same order
	 * @param count how many pairs, a power of two
	 * @return the pairs
	 */
	static BenchmarkPairs draw(List<SyntheticRecord> records, List<PreparedRecord> prepared, int count) {
		Random random = new Random(1);
		List<int[]> trueIndexPairs = truePairs(records);
		Integer[] bySurname = surnameOrder(records);
		PreparedRecord[] left = new PreparedRecord[count];
		PreparedRecord[] right = new PreparedRecord[count];
		for (int i = 0; i < count; i++) {
			int[] pair = switch (i % 3) {
				case 0 -> trueIndexPairs.get(random.nextInt(trueIndexPairs.size()));
				case 1 -> neighbours(bySurname, random);
				default -> new int[] { random.nextInt(records.size()), random.nextInt(records.size()) };
			};
			left[i] = prepared.get(pair[0]);
			right[i] = prepared.get(pair[1]);
		}
		return new BenchmarkPairs(left, right);
	}

	private static List<int[]> truePairs(List<SyntheticRecord> records) {
		Map<String, Integer> firstOfEntity = new HashMap<>();
		List<int[]> pairs = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			Integer first = firstOfEntity.putIfAbsent(records.get(i).entityId(), i);
			if (first != null) {
				pairs.add(new int[] { first, i });
			}
		}
		return pairs;
	}

	private static Integer[] surnameOrder(List<SyntheticRecord> records) {
		Integer[] order = new Integer[records.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparing((Integer i) -> records.get(i).mention().familyName()));
		return order;
	}

	private static int[] neighbours(Integer[] order, Random random) {
		int at = random.nextInt(order.length - 1);
		return new int[] { order[at], order[at + 1] };
	}

}
