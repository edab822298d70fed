package org.homeward.linkage.synthetic;

/**
 * An oblast (or Crimea) as records name it.
 *
 * @param key a stable ASCII key, e.g. {@code donetsk}
 * @param uk the Ukrainian adjective form (Донецька)
 * @param ru the Russian adjective form (Донецкая)
 * @param en the English name used in news (Donetsk)
 */
record Oblast(String key, String uk, String ru, String en) {

	Oblast {
		if (key.isBlank() || uk.isBlank() || ru.isBlank() || en.isBlank()) {
			throw new IllegalArgumentException("incomplete oblast " + key);
		}
	}

}
