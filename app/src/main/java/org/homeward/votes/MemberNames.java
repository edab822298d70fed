package org.homeward.votes;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a member state's name or code to the key the alias table stores: lower case,
 * without accents, punctuation or a leading "the", so that {@code CÔTE D’IVOIRE},
 * {@code Cote d'Ivoire} and {@code côte d ivoire} meet.
 */
final class MemberNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private MemberNames() {
	}

	/**
	 * The alias key of a name or code.
	 * @param text any spelling
	 * @return the key; empty when the text has no letters or digits
	 */
	static String key(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		folded = folded.toLowerCase(Locale.ROOT).replace("&", " and ");
		folded = NOT_LETTERS.matcher(folded).replaceAll(" ").strip();
		return folded.startsWith("the ") ? folded.substring(4) : folded;
	}

}
