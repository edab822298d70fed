package org.homeward.linkage.synthetic;

/**
 * One generated record with its ground truth.
 *
 * @param recordId the record id, starting with {@code syn-}
 * @param entityId the id of the synthetic child it describes, starting with {@code syn-}
 * @param mention what the record states
 */
public record SyntheticRecord(String recordId, String entityId, Mention mention) {

	/**
	 * Validates the ids.
	 * @throws IllegalArgumentException if an id does not mark the record as synthetic
	 */
	public SyntheticRecord {
		if (!recordId.startsWith("syn-") || !entityId.startsWith("syn-")) {
			throw new IllegalArgumentException("synthetic ids start with syn-: " + recordId + ", " + entityId);
		}
	}

}
