package org.homeward.linkage.text;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Applies a lower-case transliteration so that the result follows the case of its source
 * word by word: ICU's BGN rules capitalise multi-letter outputs inconsistently (ДЛИННОЕ
 * gives DLINNOYe). A word in mixed case is treated as runs of one case each.
 */
final class Recasing {

	private Recasing() {
	}

	static String apply(String text, UnaryOperator<String> lowerCaseRomaniser) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		int i = 0;
		while (i < text.length()) {
			int end = i;
			boolean letters = Character.isLetter(text.charAt(i));
			while (end < text.length() && Character.isLetter(text.charAt(end)) == letters) {
				end++;
			}
			String part = text.substring(i, end);
			out.append(letters ? word(part, lowerCaseRomaniser) : lowerCaseRomaniser.apply(part));
			i = end;
		}
		return out.toString();
	}

	private static String word(String word, UnaryOperator<String> romaniser) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (word.equals(lower)) {
			return romaniser.apply(word);
		}
		if (word.equals(word.toUpperCase(Locale.ROOT))) {
			String romanised = romaniser.apply(lower);
			return (word.length() > 1) ? romanised.toUpperCase(Locale.ROOT) : capitalise(romanised);
		}
		if (Character.isUpperCase(word.charAt(0)) && word.substring(1).equals(lower.substring(1))) {
			return capitalise(romaniser.apply(lower));
		}
		return mixed(word, romaniser);
	}

	private static String mixed(String word, UnaryOperator<String> romaniser) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < word.length()) {
			boolean upper = Character.isUpperCase(word.charAt(i));
			int end = i + 1;
			while (end < word.length() && Character.isUpperCase(word.charAt(end)) == upper) {
				end++;
			}
			out.append(word(word.substring(i, end), romaniser));
			i = end;
		}
		return out.toString();
	}

	private static String capitalise(String romanised) {
		return romanised.isEmpty() ? romanised
				: romanised.substring(0, 1).toUpperCase(Locale.ROOT) + romanised.substring(1);
	}

}
