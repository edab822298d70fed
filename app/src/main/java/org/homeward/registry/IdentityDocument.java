package org.homeward.registry;

/**
 * A document that a source attributes to the child: a birth certificate, a passport, a
 * Russian document issued after deportation.
 *
 * @param kind what the document is, e.g. {@code BIRTH_CERTIFICATE}
 * @param number the number as written in the source
 */
public record IdentityDocument(String kind, String number) {

	public IdentityDocument {
		kind = requireText(kind, "kind");
		number = requireText(number, "number");
	}

	private static String requireText(String value, String field) {
		if (value.isBlank() || value.contains("\t") || value.contains("\n")) {
			throw new IllegalArgumentException("document " + field + " must be one line of text");
		}
		return value.strip();
	}

}
