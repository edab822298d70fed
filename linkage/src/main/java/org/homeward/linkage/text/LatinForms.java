package org.homeward.linkage.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Latin forms under which a name is likely to be written: for Cyrillic, its
 * romanisations under the national, ICAO, BGN/PCGN and ICU systems, in Ukrainian and
 * Russian readings when the letters do not tell the language; for Latin, the name itself.
 * Every form is folded to lower-case ASCII letters and single spaces.
 */
public final class LatinForms {

	private LatinForms() {
	}

	/**
	 * Lists the Latin forms of a normalised name.
	 * @param normalised output of {@link NameNormaliser#normalise(String)}
	 * @return distinct non-empty forms, the national (or only) form first; empty for a
	 * name without letters
	 */
	public static List<String> of(String normalised) {
		return of(normalised, true);
	}

	/**
	 * Lists the Latin forms of a normalised name, optionally without ICU's Any-Latin form
	 * (the costliest to compute; see {@link #of(String)}).
	 * @param normalised output of {@link NameNormaliser#normalise(String)}
	 * @param withAnyLatin whether a Cyrillic name also gets ICU's {@code Any-Latin;
	 * Latin-ASCII} form
	 * @return distinct non-empty forms, the national (or only) form first
	 */
	public static List<String> of(String normalised, boolean withAnyLatin) {
		TextLanguage language = TextLanguage.detect(normalised);
		Set<String> forms = new LinkedHashSet<>();
		if (!language.isCyrillic()) {
			forms.add(ascii(normalised));
		}
		else {
			forms.add(ascii(Romanisation.UKRAINIAN_NATIONAL_2010.romanise(normalised, TextLanguage.UKRAINIAN)));
			if (language != TextLanguage.RUSSIAN) {
				addAll(forms, normalised, TextLanguage.UKRAINIAN);
			}
			if (language != TextLanguage.UKRAINIAN) {
				addAll(forms, normalised, TextLanguage.RUSSIAN);
			}
			if (withAnyLatin) {
				forms.add(ascii(Romanisation.ICU_ANY_LATIN.romanise(normalised, language)));
			}
			if (normalised.contains("ьо")) {
				/* The English habit of ьо as yo: Ковальов as Kovalyov, Васьо as Vasyo. */
				forms
					.add(ascii(Romanisation.BGN_PCGN.romanise(normalised.replace("ьо", "йо"), TextLanguage.UKRAINIAN)));
			}
		}
		forms.remove("");
		return new ArrayList<>(forms);
	}

	private static void addAll(Set<String> forms, String text, TextLanguage reading) {
		forms.add(ascii(Romanisation.ICAO_9303.romanise(text, reading)));
		forms.add(ascii(Romanisation.BGN_PCGN.romanise(text, reading)));
	}

	/**
	 * Folds a Latin text to lower-case ASCII letters and digits separated by single
	 * spaces.
	 * @param latin Latin text, diacritics allowed
	 * @return the folded text
	 */
	public static String ascii(String latin) {
		String s = latin.toLowerCase(java.util.Locale.ROOT);
		if (!NameNormaliser.isAscii(s)) {
			s = Normalizer.normalize(s.replace("ł", "l").replace("ß", "ss"), Normalizer.Form.NFD);
		}
		StringBuilder out = new StringBuilder(s.length());
		boolean space = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (space && out.length() > 0) {
					out.append(' ');
				}
				space = false;
				out.append(c);
			}
			else if (c == ' ' || c == '-') {
				space = true;
			}
		}
		return out.toString();
	}

}
