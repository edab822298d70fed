package org.homeward.linkage.text;

/**
 * The letter tables behind {@link Romanisation}.
 */
final class Tables {

	private static final String[] COMMON = { "а", "a", "б", "b", "в", "v", "д", "d", "е", "e", "ж", "zh", "з", "z", "к",
			"k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f",
			"х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ь", "", "'", "", "’", "", "ʼ", "" };

	/*
	 * Beyond the Ukrainian alphabet, the Russian ы, э, ё, ъ and the Belarusian ў (u, as
	 * Belarus's national romanisation writes it: Шаўчэнка, Shauchenka), so that a name in
	 * those letters still gets a plain Latin form.
	 */
	static final LetterTable NATIONAL = LetterTable.of(COMMON)
		.with("г", "h", "ґ", "g", "є", "ie", "и", "y", "і", "i", "ї", "i", "й", "i", "ю", "iu", "я", "ia", "ы", "y",
				"э", "e", "ё", "io", "ъ", "", "ў", "u")
		.withInitial("є", "ye", "ї", "yi", "й", "y", "ю", "yu", "я", "ya", "ё", "yo")
		.withZghRule();

	static final LetterTable ICAO_UK = LetterTable.of(COMMON)
		.with("г", "g", "ґ", "g", "є", "ie", "и", "y", "і", "i", "ї", "i", "й", "i", "ю", "iu", "я", "ia", "ы", "y",
				"э", "e", "ё", "e", "ъ", "ie", "ў", "u");

	static final LetterTable ICAO_RU = ICAO_UK.with("и", "i");

	private static final String[] GOST_A_BASE = { "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "ë",
			"ж", "ž", "з", "z", "и", "i", "й", "j", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р",
			"r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "h", "ц", "c", "ч", "č", "ш", "š", "щ", "ŝ", "ъ", "\"",
			"ы", "y", "ь", "´", "э", "è", "ю", "û", "я", "â", "і", "ì", "ї", "ï", "є", "ê", "ґ", "g̀" };

	static final LetterTable GOST_A_RU = LetterTable.of(GOST_A_BASE);

	static final LetterTable GOST_A_UK = GOST_A_RU.with("и", "y");

	private static final String[] GOST_B_BASE = { "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "yo",
			"ж", "zh", "з", "z", "и", "i", "й", "j", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р",
			"r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "x", "ц", "cz", "ч", "ch", "ш", "sh", "щ", "shh", "ъ",
			"``", "ы", "y`", "ь", "`", "э", "e`", "ю", "yu", "я", "ya", "і", "i", "ї", "yi", "є", "ye", "ґ", "g`" };

	static final LetterTable GOST_B_RU = LetterTable.of(GOST_B_BASE);

	static final LetterTable GOST_B_UK = GOST_B_RU.with("и", "y`");

	private Tables() {
	}

}
