package org.homeward.evidence;

/**
 * Bytes in the content store.
 *
 * @param sha256 their SHA-256, lower-case hex
 * @param size their size in bytes
 * @param added false when the same bytes were already stored
 */
record StoredBlob(String sha256, long size, boolean added) {

	StoredBlob {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
	}

}
