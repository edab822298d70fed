package org.homeward.linkage.synthetic;

import java.util.List;
import java.util.Random;

/**
 * The one source of randomness of a generator run: every draw goes through it, so a seed
 * fixes the whole output. {@link Random} is used (not {@code SplittableRandom}) because
 * its algorithm is part of the Java specification, which keeps a seed's output the same
 * across JDKs.
 */
final class Dice {

	private final Random random;

	Dice(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * Returns {@code true} with the given probability.
	 * @param probability between 0 and 1
	 * @return whether the event happened
	 */
	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	/**
	 * Returns a uniform integer in a closed range.
	 * @param lowest the smallest value
	 * @param highest the largest value, not below {@code lowest}
	 * @return a value in {@code [lowest, highest]}
	 */
	int between(int lowest, int highest) {
		return lowest + this.random.nextInt(highest - lowest + 1);
	}

	/**
	 * Returns a uniform double in {@code [0, 1)}.
	 * @return the draw
	 */
	double unit() {
		return this.random.nextDouble();
	}

	/**
	 * Picks one element uniformly.
	 * @param <T> the element type
	 * @param items a non-empty list
	 * @return one of its elements
	 */
	<T> T oneOf(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	/**
	 * Counts extra occurrences: each further one happens with {@code repeat} probability.
	 * @param repeat the probability of one more, below 1
	 * @return a count of at least zero
	 */
	int geometric(double repeat) {
		int count = 0;
		while (count < 20 && chance(repeat)) {
			count++;
		}
		return count;
	}

	/**
	 * Exposes the generator for shuffling.
	 * @return the underlying random generator
	 */
	Random random() {
		return this.random;
	}

}
