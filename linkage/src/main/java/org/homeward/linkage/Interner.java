package org.homeward.linkage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives every distinct string a positive int, so comparisons test ints. Safe for
 * concurrent use.
 */
final class Interner {

	/*
	 * Sized for some ten thousand records at once: growing from the default size, its
	 * resizing was a tenth of preparing FEBRL 4 on the one thread that interns.
	 */
	private final Map<String, Integer> ids = new ConcurrentHashMap<>(1 << 16);

	private final AtomicInteger nextId = new AtomicInteger(1);

	int intern(String key) {
		return this.ids.computeIfAbsent(key, (k) -> this.nextId.getAndIncrement());
	}

	/**
	 * Every interned string by its id (index 0 and ids still being assigned are null),
	 * for {@link IndexSnapshot}.
	 */
	String[] strings() {
		String[] byId = new String[this.nextId.get()];
		this.ids.forEach((key, id) -> {
			if (id < byId.length) {
				byId[id] = key;
			}
		});
		return byId;
	}

}
