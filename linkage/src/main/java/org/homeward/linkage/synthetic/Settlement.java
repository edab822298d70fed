package org.homeward.linkage.synthetic;

/**
 * A settlement of origin and the name a Russian record gives it.
 *
 * @param oblast its oblast
 * @param uk the Ukrainian name
 * @param ru the Russian name, possibly a different, imposed one (Бахмут, Артёмовск)
 * @param weight relative frequency, positive
 */
record Settlement(Oblast oblast, String uk, String ru, int weight) {

	Settlement {
		if (weight <= 0 || uk.isBlank() || ru.isBlank()) {
			throw new IllegalArgumentException("incomplete settlement " + uk);
		}
	}

}
