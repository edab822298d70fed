package org.homeward.linkage.text;

import java.util.HashMap;
import java.util.Map;

/**
 * A letter-by-letter romanisation table with optional word-initial forms and the
 * Ukrainian national rule that {@code зг} becomes {@code zgh}. Case is kept: an
 * upper-case letter gives a capitalised form, or an all-capital form inside an
 * all-capital word.
 */
final class LetterTable {

	private final Map<Character, String> medial;

	private final Map<Character, String> initial;

	private final boolean zghRule;

	private LetterTable(Map<Character, String> medial, Map<Character, String> initial, boolean zghRule) {
		this.medial = medial;
		this.initial = initial;
		this.zghRule = zghRule;
	}

	/**
	 * Builds a table from alternating letter and replacement strings.
	 * @param pairs "а", "a", "б", "b", ...; lower-case letters only
	 */
	static LetterTable of(String... pairs) {
		return new LetterTable(toMap(pairs), Map.of(), false);
	}

	LetterTable withInitial(String... pairs) {
		return new LetterTable(this.medial, toMap(pairs), this.zghRule);
	}

	LetterTable withZghRule() {
		return new LetterTable(this.medial, this.initial, true);
	}

	LetterTable with(String... pairs) {
		Map<Character, String> merged = new HashMap<>(this.medial);
		merged.putAll(toMap(pairs));
		return new LetterTable(merged, this.initial, this.zghRule);
	}

	private static Map<Character, String> toMap(String[] pairs) {
		Map<Character, String> map = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i].charAt(0), pairs[i + 1]);
		}
		return map;
	}

	String romanise(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char lower = Character.toLowerCase(c);
			String mapped = replacement(text, i, lower);
			if (mapped == null) {
				out.append(c);
			}
			else if (c != lower) {
				out.append(capitalise(mapped, allCapitalWord(text, i)));
			}
			else {
				out.append(mapped);
			}
		}
		return out.toString();
	}

	private String replacement(String text, int i, char lower) {
		if (this.zghRule && lower == 'г' && i > 0 && Character.toLowerCase(text.charAt(i - 1)) == 'з') {
			return "gh";
		}
		if (wordInitial(text, i) && this.initial.containsKey(lower)) {
			return this.initial.get(lower);
		}
		return this.medial.get(lower);
	}

	private static boolean wordInitial(String text, int i) {
		return i == 0 || !Character.isLetter(text.charAt(i - 1)) && !isApostrophe(text.charAt(i - 1));
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '‘';
	}

	private static boolean allCapitalWord(String text, int i) {
		int start = i;
		while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		int end = i;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		int letters = 0;
		for (int k = start; k < end; k++) {
			if (Character.isLowerCase(text.charAt(k))) {
				return false;
			}
			letters++;
		}
		return letters > 1;
	}

	private static String capitalise(String mapped, boolean allCapital) {
		if (mapped.isEmpty() || allCapital) {
			return mapped.toUpperCase(java.util.Locale.ROOT);
		}
		return Character.toUpperCase(mapped.charAt(0)) + mapped.substring(1);
	}

}
