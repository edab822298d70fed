package org.homeward.linkage;

import java.util.Random;

/**
 * {@link Random}'s generator without its atomic update of the seed, for one thread: the
 * same numbers from the same seed (the linear congruential algorithm and its constants
 * are part of {@code Random}'s specification). Training draws some hundred thousand
 * numbers on one thread, where the compare-and-set of every draw was a tenth of drawing
 * the random pairs for u.
 */
final class SingleThreadRandom extends Random {

	private static final long serialVersionUID = 1L;

	private static final long MULTIPLIER = 0x5DEECE66DL;

	private static final long ADDEND = 0xBL;

	private static final long MASK = (1L << 48) - 1;

	/* Set by setSeed, which Random's constructor calls; no initialiser may reset it. */
	private long state;

	SingleThreadRandom(long seed) {
		super(seed);
	}

	@Override
	public synchronized void setSeed(long seed) {
		super.setSeed(seed);
		this.state = (seed ^ MULTIPLIER) & MASK;
	}

	@Override
	protected int next(int bits) {
		this.state = (this.state * MULTIPLIER + ADDEND) & MASK;
		return (int) (this.state >>> (48 - bits));
	}

}
