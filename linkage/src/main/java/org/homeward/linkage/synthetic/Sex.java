package org.homeward.linkage.synthetic;

/**
 * The sex of a synthetic child, as written in the {@code sex} column.
 */
enum Sex {

	MALE("M"), FEMALE("F");

	private final String code;

	Sex(String code) {
		this.code = code;
	}

	/**
	 * Returns the one-letter code written in records.
	 * @return {@code M} or {@code F}
	 */
	String code() {
		return this.code;
	}

	/**
	 * Parses a one-letter code.
	 * @param code {@code M} or {@code F}
	 * @return the sex
	 * @throws IllegalArgumentException for any other code
	 */
	static Sex ofCode(String code) {
		return switch (code) {
			case "M" -> MALE;
			case "F" -> FEMALE;
			default -> throw new IllegalArgumentException("sex must be M or F, not '" + code + "'");
		};
	}

}
