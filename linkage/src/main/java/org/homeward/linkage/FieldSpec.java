package org.homeward.linkage;

import java.util.Objects;

/**
 * One field of a {@link FieldProfile}.
 *
 * @param name the field name, as in {@link InputRecord#values()} and the CSV header
 * @param kind how the field is prepared and compared
 * @param veto whether disagreement on this field alone rules a pair out (given names:
 * twins share everything else); a given name vetoes only when both names are known and of
 * different concepts, not when one is misspelt
 * @param termFrequency whether agreement weights are adjusted for how common the value is
 */
public record FieldSpec(String name, FieldKind kind, boolean veto, boolean termFrequency) {

	public FieldSpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		if (name.isBlank()) {
			throw new IllegalArgumentException("field name is blank");
		}
		/*
		 * Preparing looks every field up by name in every record's values, a tenth of
		 * preparing FEBRL 4 in steady state: a name read from a profile file then equals
		 * the callers' keys (often literals, so interned) by identity, not letter by
		 * letter.
		 */
		name = name.intern();
	}

	/**
	 * A plain field: no veto, no term-frequency adjustment.
	 * @return the field
	 */
	public static FieldSpec of(String name, FieldKind kind) {
		return new FieldSpec(name, kind, false, false);
	}

}
