package org.homeward.linkage.text;

/**
 * The script and, for Cyrillic, the language of a name as far as its letters tell.
 */
public enum TextLanguage {

	/** Cyrillic with a letter only Ukrainian uses (і ї є ґ). */
	UKRAINIAN,
	/** Cyrillic with a letter only Russian uses (ы э ъ ё). */
	RUSSIAN,
	/** Cyrillic that could be either Ukrainian or Russian. */
	CYRILLIC_UNDETERMINED,
	/** Latin script. */
	LATIN,
	/** Another script, or no letters at all. */
	OTHER;

	/**
	 * Detects the script and language of a normalised text.
	 * @param normalised output of {@link NameNormaliser#normalise(String)}
	 * @return the language; {@link #OTHER} for empty text
	 */
	public static TextLanguage detect(String normalised) {
		int cyrillic = 0;
		int latin = 0;
		boolean uk = false;
		boolean ru = false;
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			if (NameNormaliser.isCyrillic(c)) {
				cyrillic++;
				uk |= c == 'і' || c == 'ї' || c == 'є' || c == 'ґ';
				ru |= c == 'ы' || c == 'э' || c == 'ъ' || c == 'ё';
			}
			else if (Character.isLetter(c) && c < '\u0250') {
				latin++;
			}
		}
		if (cyrillic == 0) {
			return (latin > 0) ? LATIN : OTHER;
		}
		if (latin > cyrillic) {
			return LATIN;
		}
		return uk == ru ? CYRILLIC_UNDETERMINED : (uk ? UKRAINIAN : RUSSIAN);
	}

	/**
	 * Tells whether the text is written in Cyrillic.
	 * @return true for the three Cyrillic values
	 */
	public boolean isCyrillic() {
		return this == UKRAINIAN || this == RUSSIAN || this == CYRILLIC_UNDETERMINED;
	}

}
