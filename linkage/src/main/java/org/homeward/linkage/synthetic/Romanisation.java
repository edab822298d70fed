package org.homeward.linkage.synthetic;

import java.util.Locale;

/**
 * The ways sources write a Cyrillic name in Latin letters. Written from the published
 * tables (not from the engine's transliterators), so that the benchmark checks the engine
 * rather than mirrors it.
 */
enum Romanisation {

	/**
	 * Ukraine's national system (Cabinet Resolution No. 55 of 2010), used in passports
	 * since 2010.
	 */
	UKRAINIAN_NATIONAL_2010 {
		@Override
		String letter(char c, char previous, boolean initial) {
			return switch (c) {
				case 'є' -> initial ? "ye" : "ie";
				case 'ї' -> initial ? "yi" : "i";
				case 'й' -> initial ? "y" : "i";
				case 'ю' -> initial ? "yu" : "iu";
				case 'я' -> initial ? "ya" : "ia";
				case 'г' -> (previous == 'з') ? "gh" : "h";
				default -> common(c);
			};
		}
	},

	/** The BGN/PCGN 1965 system for Ukrainian, common in English-language news. */
	UKRAINIAN_BGN_PCGN {
		@Override
		String letter(char c, char previous, boolean initial) {
			return switch (c) {
				case 'є' -> "ye";
				case 'ї' -> "yi";
				case 'й' -> "y";
				case 'ю' -> "yu";
				case 'я' -> "ya";
				case 'ь' -> "'";
				default -> common(c);
			};
		}
	},

	/**
	 * BGN/PCGN for Russian, as press agencies write Russian forms (Mikhail, Aleksandr,
	 * Oleynik).
	 */
	RUSSIAN_BGN_PCGN {
		@Override
		String letter(char c, char previous, boolean initial) {
			boolean afterVowel = initial || "аеёиоуыэюяіїєьъ".indexOf(previous) >= 0;
			return switch (c) {
				case 'г' -> "g";
				case 'е' -> afterVowel ? "ye" : "e";
				case 'ё' -> "yo";
				case 'и' -> "i";
				case 'й' -> "y";
				case 'ю' -> "yu";
				case 'я' -> "ya";
				case 'є' -> "ye";
				case 'ї' -> "yi";
				default -> common(c);
			};
		}
	},

	/** German-style transcription (Duden): Mychajlo Kowalenko, Schewtschenko. */
	GERMAN {
		@Override
		String letter(char c, char previous, boolean initial) {
			return switch (c) {
				case 'в' -> "w";
				case 'ж', 'ш' -> "sch";
				case 'з' -> "s";
				case 'й' -> "j";
				case 'х' -> "ch";
				case 'ц' -> "z";
				case 'ч' -> "tsch";
				case 'щ' -> "schtsch";
				case 'є' -> "je";
				case 'ї' -> "ji";
				case 'ю' -> "ju";
				case 'я' -> "ja";
				case 'ё' -> "jo";
				default -> common(c);
			};
		}
	},

	/** Polish-style transcription: Mychajło, Ołeksandr, Szewczenko. */
	POLISH {
		@Override
		String letter(char c, char previous, boolean initial) {
			boolean soft = initial || "аеиоуіїєюяь'".indexOf(previous) >= 0;
			String glide = (previous == 'л' || previous == 'l') ? "" : (soft ? "j" : "i");
			return switch (c) {
				case 'в' -> "w";
				case 'ж' -> "ż";
				case 'й' -> "j";
				case 'л' -> "ł";
				case 'х' -> "ch";
				case 'ц' -> "c";
				case 'ч' -> "cz";
				case 'ш' -> "sz";
				case 'щ' -> "szcz";
				case 'є' -> glide + "e";
				case 'ї' -> "ji";
				case 'ю' -> glide + "u";
				case 'я' -> glide + "a";
				case 'ё' -> glide + "o";
				default -> common(c);
			};
		}

		@Override
		String apply(String text) {
			return super.apply(softenL(text));
		}
	},

	/**
	 * ICAO Doc 9303 machine-readable-passport table (Г as H for Ukrainian): MIKHAILO,
	 * IURII.
	 */
	ICAO_9303 {
		@Override
		String letter(char c, char previous, boolean initial) {
			return switch (c) {
				case 'и', 'й', 'ї' -> "i";
				case 'є' -> "ie";
				case 'ю' -> "iu";
				case 'я' -> "ia";
				case 'ъ' -> "ie";
				default -> common(c);
			};
		}
	};

	/**
	 * Romanises one lower-case Cyrillic letter.
	 * @param c the letter
	 * @param previous the lower-case letter before it, or {@code 0} at the start of a
	 * word
	 * @param initial whether it starts a word
	 * @return its Latin rendering, possibly empty
	 */
	abstract String letter(char c, char previous, boolean initial);

	/**
	 * Romanises a text, keeping its capitalisation (a capital starts a capitalised
	 * rendering; a word in capitals stays in capitals) and copying what is not Cyrillic.
	 * @param text any text
	 * @return its Latin rendering
	 */
	String apply(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char lower = Character.toLowerCase(c);
			if (!isCyrillic(lower) && c != '\'') {
				out.append(c);
				continue;
			}
			boolean initial = i == 0 || !isWordPart(text.charAt(i - 1));
			char previous = initial ? 0 : Character.toLowerCase(text.charAt(i - 1));
			out.append(withCase(letter(lower, previous, initial), text, i));
		}
		return out.toString();
	}

	private static String withCase(String latin, String text, int i) {
		char c = text.charAt(i);
		if (latin.isEmpty() || !Character.isUpperCase(c)) {
			return latin;
		}
		boolean inCapitals = (i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1)))
				|| (i > 0 && Character.isUpperCase(text.charAt(i - 1)));
		return inCapitals ? latin.toUpperCase(Locale.ROOT)
				: Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
	}

	private static boolean isCyrillic(char c) {
		return c >= 'а' && c <= 'я' || "ґєіїё".indexOf(c) >= 0;
	}

	private static boolean isWordPart(char c) {
		return Character.isLetter(c) || c == '\'' || c == '’';
	}

	/**
	 * Marks the Polish soft L: л before a soft vowel or the soft sign is written l, not
	 * ł.
	 * @param text Cyrillic text
	 * @return the text with soft л replaced by Latin {@code l}
	 */
	static String softenL(String text) {
		StringBuilder out = new StringBuilder(text);
		for (int i = 0; i + 1 < out.length(); i++) {
			char c = out.charAt(i);
			if ((c == 'л' || c == 'Л') && "іїєюяьІЇЄЮЯЬ".indexOf(out.charAt(i + 1)) >= 0) {
				out.setCharAt(i, (c == 'л') ? 'l' : 'L');
			}
		}
		return out.toString();
	}

	/**
	 * The letters most systems agree on, plus fallbacks for the rest.
	 * @param c a lower-case Cyrillic letter or apostrophe
	 * @return its usual rendering
	 */
	static String common(char c) {
		return switch (c) {
			case 'а' -> "a";
			case 'б' -> "b";
			case 'в' -> "v";
			case 'г' -> "h";
			case 'ґ' -> "g";
			case 'д' -> "d";
			case 'е', 'э' -> "e";
			case 'є' -> "ie";
			case 'ж' -> "zh";
			case 'з' -> "z";
			case 'и', 'ы' -> "y";
			case 'і', 'ї', 'й' -> "i";
			case 'к' -> "k";
			case 'л' -> "l";
			case 'м' -> "m";
			case 'н' -> "n";
			case 'о' -> "o";
			case 'п' -> "p";
			case 'р' -> "r";
			case 'с' -> "s";
			case 'т' -> "t";
			case 'у' -> "u";
			case 'ф' -> "f";
			case 'х' -> "kh";
			case 'ц' -> "ts";
			case 'ч' -> "ch";
			case 'ш' -> "sh";
			case 'щ' -> "shch";
			case 'ю' -> "iu";
			case 'я' -> "ia";
			case 'ё' -> "io";
			default -> "";
		};
	}

}
