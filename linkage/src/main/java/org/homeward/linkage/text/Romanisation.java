package org.homeward.linkage.text;

/**
 * Cyrillic-to-Latin romanisation standards. Each one keeps the case of its input and
 * passes characters it does not know (Latin letters, digits, spaces) through unchanged.
 * Ukrainian input uses the standard's Ukrainian table, anything else its Russian table.
 */
public enum Romanisation {

	/**
	 * Ukrainian national system, Cabinet of Ministers Resolution No. 55 of 27 January
	 * 2010 (also BGN/PCGN Ukrainian 2019, which adopted it). Word-initial є ї й ю я give
	 * ye yi y yu ya, medial ones ie i i iu ia; зг gives zgh; the soft sign and apostrophe
	 * vanish. Russian-only letters fall back to ы→y, э→e, ё→io, ъ dropped.
	 */
	UKRAINIAN_NATIONAL_2010 {
		@Override
		public String romanise(String text, TextLanguage language) {
			return Tables.NATIONAL.romanise(text);
		}
	},

	/**
	 * ICAO Doc 9303 Part 3 (machine-readable travel documents): Ukrainian table with и→Y,
	 * є→IE, ї→I, й→I, г→G; Russian table with и→I, й→I, ё→E, ъ→IE, ы→Y, э→E.
	 */
	ICAO_9303 {
		@Override
		public String romanise(String text, TextLanguage language) {
			return (language == TextLanguage.UKRAINIAN ? Tables.ICAO_UK : Tables.ICAO_RU).romanise(text);
		}
	},

	/**
	 * BGN/PCGN through ICU4J: {@code Ukrainian-Latin/BGN} (the 1965 system, giving
	 * Mykhaylo) for Ukrainian, {@code Russian-Latin/BGN} (1947) otherwise, with the
	 * separator {@code ·} and the prime marks removed.
	 */
	BGN_PCGN {
		@Override
		public String romanise(String text, TextLanguage language) {
			return IcuRomaniser.bgn(text, language == TextLanguage.UKRAINIAN);
		}
	},

	/**
	 * GOST 7.79-2000 system A (one Latin letter with diacritics per Cyrillic letter: ж→ž,
	 * щ→ŝ, я→â, ь→´, ъ→").
	 */
	GOST_7_79_A {
		@Override
		public String romanise(String text, TextLanguage language) {
			return (language == TextLanguage.UKRAINIAN ? Tables.GOST_A_UK : Tables.GOST_A_RU).romanise(text);
		}
	},

	/**
	 * GOST 7.79-2000 system B (ASCII letter combinations: ж→zh, х→x, щ→shh, ц→c before e
	 * i y j and cz elsewhere, ы→y`, э→e`, ь→`, ъ→``).
	 */
	GOST_7_79_B {
		@Override
		public String romanise(String text, TextLanguage language) {
			LetterTable table = language == TextLanguage.UKRAINIAN ? Tables.GOST_B_UK : Tables.GOST_B_RU;
			return table.romanise(text).replaceAll("(?i)(c)z(?=[eiyj])", "$1");
		}
	},

	/**
	 * ICU4J {@code Any-Latin; Latin-ASCII}: a plain scholarly transliteration in ASCII.
	 */
	ICU_ANY_LATIN {
		@Override
		public String romanise(String text, TextLanguage language) {
			return IcuRomaniser.anyLatin(text);
		}
	};

	/**
	 * Romanises a text.
	 * @param text text in any script
	 * @param language the language whose table to use
	 * @return the romanised text
	 */
	public abstract String romanise(String text, TextLanguage language);

}
