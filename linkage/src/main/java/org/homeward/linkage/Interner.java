package org.homeward.linkage;

/**
 * Gives every distinct string a positive int, in the order the strings are first seen, so
 * comparisons test ints. Safe for concurrent use.
 *
 * <p>
 * An open-addressing table of keys and ids behind one lock. A batch interns on one thread
 * (in input order, so that ids follow the input), where this was the costliest step: a
 * {@code ConcurrentHashMap} with a boxed id per string spent a third of that thread's
 * time in {@code computeIfAbsent} on FEBRL 4 (see BENCHMARKS.md, section 6d), and took
 * twice the memory per string.
 */
final class Interner {

	/* Sized for some ten thousand records at once; grows at half full. */
	private static final int INITIAL_SLOTS = 1 << 17;

	private String[] keys = new String[INITIAL_SLOTS];

	private int[] ids = new int[INITIAL_SLOTS];

	private int size;

	synchronized int intern(String key) {
		int mask = this.keys.length - 1;
		int slot = slot(key, mask);
		String existing;
		while ((existing = this.keys[slot]) != null) {
			if (existing.equals(key)) {
				return this.ids[slot];
			}
			slot = (slot + 1) & mask;
		}
		int id = ++this.size;
		this.keys[slot] = key;
		this.ids[slot] = id;
		if (2 * this.size > this.keys.length) {
			grow();
		}
		return id;
	}

	/**
	 * Every interned string by its id (index 0 is null), for {@link IndexSnapshot}.
	 */
	synchronized String[] strings() {
		String[] byId = new String[this.size + 1];
		for (int slot = 0; slot < this.keys.length; slot++) {
			if (this.keys[slot] != null) {
				byId[this.ids[slot]] = this.keys[slot];
			}
		}
		return byId;
	}

	private void grow() {
		String[] oldKeys = this.keys;
		int[] oldIds = this.ids;
		this.keys = new String[2 * oldKeys.length];
		this.ids = new int[2 * oldKeys.length];
		int mask = this.keys.length - 1;
		for (int old = 0; old < oldKeys.length; old++) {
			if (oldKeys[old] != null) {
				int slot = slot(oldKeys[old], mask);
				while (this.keys[slot] != null) {
					slot = (slot + 1) & mask;
				}
				this.keys[slot] = oldKeys[old];
				this.ids[slot] = oldIds[old];
			}
		}
	}

	/* The hash's high bits mixed into the low ones the mask keeps. */
	private static int slot(String key, int mask) {
		int h = key.hashCode() * 0x9E3779B9;
		return (h ^ (h >>> 16)) & mask;
	}

}
