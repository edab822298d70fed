package org.homeward.linkage;

/**
 * How a field is prepared and compared; each kind has its own comparison levels.
 */
public enum FieldKind {

	/** A given name: Latin forms, name concepts, phonetic skeleton, Jaro–Winkler. */
	GIVEN_NAME,
	/** A family name: Latin forms, Ukrainian/Russian and gendered forms, skeleton. */
	FAMILY_NAME,
	/**
	 * A patronymic (Михайлович, Mykhailivna): the same concept when it names the same
	 * father's given name for a child of the same sex, otherwise compared like a family
	 * name.
	 */
	PATRONYMIC,
	/**
	 * A place name (settlement, oblast), compared by place concept, then like a family
	 * name. A place field is taken to enclose the place field before it (oblast after
	 * settlement) and counts as missing when that one already agrees.
	 */
	PLACE,
	/** Sex: M or F. */
	SEX,
	/** A date: YYYY-MM-DD, YYYY-MM, YYYY or YYYYMMDD. */
	DATE,
	/** Free text such as an address line: exact or Jaro–Winkler bands. */
	TEXT,
	/** A code or number (postcode, document number): exact or one edit apart. */
	CODE;

	boolean isName() {
		return this == GIVEN_NAME || this == FAMILY_NAME || this == PATRONYMIC || this == PLACE;
	}

}
