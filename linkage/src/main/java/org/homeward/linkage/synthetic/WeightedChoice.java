package org.homeward.linkage.synthetic;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Draws items with probability proportional to their weight (cumulative weights and a
 * binary search).
 *
 * @param <T> the item type
 */
final class WeightedChoice<T> {

	private final List<T> items;

	private final long[] cumulative;

	/**
	 * Creates a choice over items.
	 * @param items a non-empty list
	 * @param weight the positive weight of each item
	 * @throws IllegalArgumentException if the list is empty or a weight is not positive
	 */
	WeightedChoice(List<T> items, ToIntFunction<T> weight) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("nothing to choose from");
		}
		this.items = List.copyOf(items);
		this.cumulative = new long[items.size()];
		long total = 0;
		for (int i = 0; i < items.size(); i++) {
			int w = weight.applyAsInt(items.get(i));
			if (w <= 0) {
				throw new IllegalArgumentException("weight must be positive: " + items.get(i));
			}
			total += w;
			this.cumulative[i] = total;
		}
	}

	/**
	 * Draws one item.
	 * @param dice the randomness
	 * @return an item, heavier ones more often
	 */
	T pick(Dice dice) {
		long total = this.cumulative[this.cumulative.length - 1];
		long target = (long) (dice.unit() * total);
		int index = Arrays.binarySearch(this.cumulative, target + 1);
		return this.items.get(index >= 0 ? index : -index - 1);
	}

	/**
	 * The chance that {@link #pick} draws an item.
	 * @param item the item
	 * @return its weight over the total, 0 for an item not on the list
	 */
	double share(T item) {
		int index = this.items.indexOf(item);
		if (index < 0) {
			return 0;
		}
		long weight = this.cumulative[index] - ((index > 0) ? this.cumulative[index - 1] : 0);
		return (double) weight / this.cumulative[this.cumulative.length - 1];
	}

	/**
	 * Returns every item, in the order given.
	 * @return the items
	 */
	List<T> items() {
		return this.items;
	}

}
