package org.homeward.linkage.synthetic;

import java.util.regex.Pattern;

/**
 * What one source states about one child, as written in {@code records.csv}: every field
 * is text, and an empty string means the source does not say.
 *
 * @param source the source id, e.g. {@code ua-registry}
 * @param givenName the given name as written
 * @param familyName the family name as written
 * @param patronymic the patronymic as written
 * @param sex {@code M}, {@code F} or empty
 * @param birthDate {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or empty
 * @param settlement the settlement of origin as written
 * @param oblast the oblast of origin as written
 */
public record Mention(String source, String givenName, String familyName, String patronymic, String sex,
		String birthDate, String settlement, String oblast) {

	private static final Pattern DATE = Pattern.compile("(\\d{4}(-\\d{2}(-\\d{2})?)?)?");

	/**
	 * Validates the fields.
	 * @throws IllegalArgumentException if the source is blank, the sex is not M, F or
	 * empty, or the birth date has another shape
	 */
	public Mention {
		if (source.isBlank()) {
			throw new IllegalArgumentException("a mention needs a source");
		}
		if (!sex.isEmpty() && !sex.equals("M") && !sex.equals("F")) {
			throw new IllegalArgumentException("sex must be M, F or empty, not '" + sex + "'");
		}
		if (!DATE.matcher(birthDate).matches()) {
			throw new IllegalArgumentException("birth date must be YYYY[-MM[-DD]], not '" + birthDate + "'");
		}
	}

}
