package org.homeward.linkage;

/**
 * A field value the engine cannot read, such as a birth date that is not a date.
 */
public final class FieldFormatException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String field;

	/**
	 * Creates the exception.
	 * @param field the field name
	 * @param message what is wrong
	 */
	public FieldFormatException(String field, String message) {
		super(field + ": " + message);
		this.field = field;
	}

	/**
	 * The field whose value is malformed.
	 * @return the field name
	 */
	public String field() {
		return this.field;
	}

}
