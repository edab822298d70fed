package org.homeward.linkage;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record to link, as read from a source: an identifier, the source it came from and
 * its field values by field name ({@link FieldSpec#name()}). A missing value is an absent
 * key or a blank string.
 *
 * @param id the record's identifier, unique within one linkage run; not blank
 * @param source the source the record comes from (a file, a database, a list)
 * @param values field values by field name; copied
 */
public record InputRecord(String id, String source, Map<String, String> values) {

	public InputRecord {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(source, "source");
		if (id.isBlank()) {
			throw new IllegalArgumentException("record id is blank");
		}
		values = Map.copyOf(values);
	}

	/**
	 * A record of the {@link FieldProfile#person() person} profile.
	 * @param birthDate {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or empty
	 * @param sex {@code M}, {@code F} or empty
	 * @return the record
	 */
	public static InputRecord person(String id, String source, String givenName, String familyName, String patronymic,
			String sex, String birthDate, String settlement, String oblast) {
		Map<String, String> values = new HashMap<>();
		values.put("given_name", givenName);
		values.put("family_name", familyName);
		values.put("patronymic", patronymic);
		values.put("sex", sex);
		values.put("birth_date", birthDate);
		values.put("settlement", settlement);
		values.put("oblast", oblast);
		return new InputRecord(id, source, values);
	}

	/**
	 * The value of one field.
	 * @param field a field name
	 * @return the stripped value, empty when missing
	 */
	public String value(String field) {
		String value = this.values.get(field);
		return (value != null) ? value.strip() : "";
	}

}
