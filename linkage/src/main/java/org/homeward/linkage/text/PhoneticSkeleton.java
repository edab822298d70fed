package org.homeward.linkage.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Reduces a romanised Slavic name to a consonant skeleton that survives the usual
 * romanisation habits: kh, h, g and (German/Polish) ch all become one sound, as do
 * sh/sch/sz/shch, ch/tsch/cz, zh/ž, ts/tz/c, w/v and x/ks; vowels, y and j vanish except
 * a class for the first sound (a/o, e/i/y, u/yu) and, for given names, a final a (Olha
 * against Oleh). Doubled letters collapse. So Mykhailo, Mikhail, Mychajlo and Michail
 * share one skeleton, as do Kovalenko and Kowalenko, Oliinyk and Oleinik, Zhytomyrska and
 * Zhitomirskaya (in family-name mode, without the final vowel).
 */
public final class PhoneticSkeleton {

	private static final String[][] FOLDS = { { "ž", "zh" }, { "š", "sh" }, { "č", "ch" }, { "ŝ", "shch" },
			{ "ć", "ch" }, { "ś", "sh" }, { "ż", "zh" }, { "ł", "l" }, { "û", "yu" }, { "â", "ya" }, { "ê", "ye" },
			{ "ü", "yu" }, { "ß", "ss" }, { "ä", "a" }, { "ö", "o" } };

	private static final String[][] CLUSTERS = { { "schtsch", "S" }, { "shch", "S" }, { "szcz", "S" }, { "shh", "S" },
			{ "stsch", "S" }, { "tsch", "C" }, { "tch", "C" }, { "sch", "S" }, { "sh", "S" }, { "sz", "S" },
			{ "cz", "C" } };

	private static final String[][] LATE_CLUSTERS = { { "zh", "Z" }, { "kh", "H" }, { "ts", "Q" }, { "tz", "Q" },
			{ "ck", "k" }, { "ph", "f" }, { "x", "ks" }, { "q", "k" }, { "w", "v" }, { "h", "H" }, { "g", "H" } };

	/*
	 * A rule can only match when the folded name holds all its letters: the rules put in
	 * capitals, and the few small letters they put in (k, f, s, v) are in no later rule.
	 * Skipping the others leaves every skeleton as it was and saves most of some twenty
	 * scans per skeleton (a tenth of preparing FEBRL 4).
	 */
	private static final int[] CLUSTER_LETTERS = lettersOfPatterns(CLUSTERS);

	private static final int[] LATE_CLUSTER_LETTERS = lettersOfPatterns(LATE_CLUSTERS);

	private static final int CH_LETTERS = letters("ch");

	private PhoneticSkeleton() {
	}

	private static int[] lettersOfPatterns(String[][] rules) {
		int[] letters = new int[rules.length];
		for (int r = 0; r < rules.length; r++) {
			letters[r] = letters(rules[r][0]);
		}
		return letters;
	}

	/* The small letters a to z in s, one bit each. */
	private static int letters(String s) {
		int letters = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 'a' && c <= 'z') {
				letters |= 1 << (c - 'a');
			}
		}
		return letters;
	}

	/**
	 * Computes the skeleton of a Latin name.
	 * @param latin a name in Latin letters (any case, diacritics allowed; other
	 * characters are ignored, spaces separate words)
	 * @param chAsKh read {@code ch} as the sound of х (German/Polish habit, Mychajlo)
	 * instead of ч (English habit, Chernivtsi)
	 * @param keepFinalA keep a word-final a as a marker (given names: Olha, Ivanna)
	 * @return the skeleton, empty when the name has no Latin letter
	 */
	public static String of(String latin, boolean chAsKh, boolean keepFinalA) {
		String s = replaceClusters(fold(latin), chAsKh, true);
		StringBuilder out = new StringBuilder(s.length());
		for (String word : s.split(" ")) {
			if (!word.isEmpty()) {
				if (out.length() > 0) {
					out.append(' ');
				}
				appendWord(out, word, keepFinalA);
			}
		}
		return out.toString();
	}

	/**
	 * Replaces the letter clusters of a folded name by their sounds.
	 * @param skip skip the rules whose letters the name lacks (the result is the same)
	 */
	static String replaceClusters(String folded, boolean chAsKh, boolean skip) {
		String s = folded;
		int letters = skip ? letters(s) : -1;
		for (int r = 0; r < CLUSTERS.length; r++) {
			if ((CLUSTER_LETTERS[r] & ~letters) == 0) {
				s = s.replace(CLUSTERS[r][0], CLUSTERS[r][1]);
			}
		}
		if ((CH_LETTERS & ~letters) == 0) {
			s = s.replace("ch", chAsKh ? "H" : "C");
		}
		for (int r = 0; r < LATE_CLUSTERS.length; r++) {
			if ((LATE_CLUSTER_LETTERS[r] & ~letters) == 0) {
				s = s.replace(LATE_CLUSTERS[r][0], LATE_CLUSTERS[r][1]);
			}
		}
		return s;
	}

	private static String fold(String latin) {
		String s = latin.toLowerCase(Locale.ROOT);
		if (!NameNormaliser.isAscii(s)) {
			for (String[] fold : FOLDS) {
				s = s.replace(fold[0], fold[1]);
			}
			s = Normalizer.normalize(s, Normalizer.Form.NFD);
		}
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == ' ' || (c >= 'a' && c <= 'z')) {
				out.append(c);
			}
			else if (Character.isWhitespace(c) || c == '-') {
				out.append(' ');
			}
		}
		return out.toString();
	}

	private static void appendWord(StringBuilder out, String word, boolean keepFinalA) {
		int start = out.length();
		int i = 0;
		if (isVowel(word.charAt(0))) {
			out.append(initialVowelClass(word));
			while (i < word.length() && isVowel(word.charAt(i))) {
				i++;
			}
		}
		for (; i < word.length(); i++) {
			char c = word.charAt(i);
			char c2 = (c == 'c') ? cSound(word, i) : c;
			if (!isVowel(c2) && (out.length() == start || out.charAt(out.length() - 1) != c2)) {
				out.append(c2);
			}
		}
		if (keepFinalA && word.length() > 1 && word.charAt(word.length() - 1) == 'a') {
			out.append('a');
		}
	}

	private static char cSound(String word, int i) {
		char next = (i + 1 < word.length()) ? word.charAt(i + 1) : ' ';
		return (next == 'e' || next == 'i' || next == 'y') ? 'Q' : 'k';
	}

	private static char initialVowelClass(String word) {
		char first = word.charAt(0);
		char second = word.length() > 1 ? word.charAt(1) : ' ';
		if (first == 'a' || first == 'o') {
			return 'A';
		}
		if (first == 'u' || second == 'u') {
			return 'U';
		}
		if (second == 'a' || second == 'o') {
			return 'A';
		}
		return 'E';
	}

	private static boolean isVowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'j';
	}

}
