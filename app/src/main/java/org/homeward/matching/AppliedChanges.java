package org.homeward.matching;

import java.util.TreeSet;

/**
 * Which numbered identity changes ({@link IdentityChanges}) an index holds: every change
 * up to {@link #upTo()}, and perhaps some later ones. Changes commit in one order and
 * reach the index in another (each after its own commit, on its own thread), so the index
 * can claim a number only once every change before it has arrived. Not thread-safe.
 */
final class AppliedChanges {

	private long upTo;

	private final TreeSet<Long> above = new TreeSet<>();

	/**
	 * Starts from an index that holds every change up to a number.
	 * @param upTo the number
	 */
	AppliedChanges(long upTo) {
		this.upTo = upTo;
	}

	/**
	 * Records that a change reached the index.
	 * @param number the change's number
	 */
	void add(long number) {
		if (number > this.upTo) {
			this.above.add(number);
			while (this.above.remove(this.upTo + 1)) {
				this.upTo++;
			}
		}
	}

	/**
	 * The number up to which every change is in the index.
	 * @return the number
	 */
	long upTo() {
		return this.upTo;
	}

}
