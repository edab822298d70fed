package org.homeward.linkage.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises a name for comparison: Unicode NFKC, case folding, apostrophes removed,
 * punctuation turned into single spaces, Latin look-alike letters inside Cyrillic words
 * turned into Cyrillic ({@code Васiльева} with a Latin {@code i} becomes
 * {@code васільева}).
 */
public final class NameNormaliser {

	private static final String APOSTROPHES = "'`’‘ʼʹʻ´ʺ\u2032\u02BC\u02BD";

	private static final String LATIN_LOOKALIKES = "aceiopxykmtbh";

	private static final String CYRILLIC_TWINS = "асеіорхукмтвн";

	private NameNormaliser() {
	}

	/**
	 * Normalises one name or phrase.
	 * @param raw any text, possibly empty
	 * @return lower-case letters and digits separated by single spaces; empty when the
	 * input holds no letter or digit
	 */
	public static String normalise(String raw) {
		boolean ascii = isAscii(raw);
		String folded = (ascii ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(folded.length());
		boolean pendingSpace = false;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (APOSTROPHES.indexOf(c) >= 0 || Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (Character.isLetterOrDigit(c)) {
				if (pendingSpace && out.length() > 0) {
					out.append(' ');
				}
				pendingSpace = false;
				out.append(c);
			}
			else {
				pendingSpace = true;
			}
		}
		return ascii ? out.toString() : unifyMixedWords(out.toString());
	}

	/*
	 * NFKC and NFD leave ASCII as it is, and ASCII holds no Cyrillic to unify and no
	 * letter with a diacritic to fold: the text package skips that work for it.
	 */
	static boolean isAscii(String raw) {
		for (int i = 0; i < raw.length(); i++) {
			if (raw.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	private static String unifyMixedWords(String text) {
		String[] words = text.split(" ");
		boolean changed = false;
		for (int w = 0; w < words.length; w++) {
			String unified = unifyMixedWord(words[w]);
			changed |= !unified.equals(words[w]);
			words[w] = unified;
		}
		return changed ? String.join(" ", words) : text;
	}

	private static String unifyMixedWord(String word) {
		int cyrillic = 0;
		int latin = 0;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			cyrillic += isCyrillic(c) ? 1 : 0;
			latin += (c >= 'a' && c <= 'z') ? 1 : 0;
		}
		if (cyrillic == 0 || latin == 0 || cyrillic < latin) {
			return word;
		}
		StringBuilder out = new StringBuilder(word);
		for (int i = 0; i < out.length(); i++) {
			int k = LATIN_LOOKALIKES.indexOf(out.charAt(i));
			if (k >= 0) {
				out.setCharAt(i, CYRILLIC_TWINS.charAt(k));
			}
		}
		return out.toString();
	}

	static boolean isCyrillic(char c) {
		return c >= '\u0400' && c <= '\u04FF';
	}

}
