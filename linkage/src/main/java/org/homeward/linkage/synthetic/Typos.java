package org.homeward.linkage.synthetic;

/**
 * Keyboard and transcription slips: a dropped, doubled, swapped or wrong letter, in the
 * script of the text. The first letter is rarely touched, as in real registers.
 */
final class Typos {

	private static final String CYRILLIC = "абвгдежзиійклмнопрстуфхцчшщьюяєї";

	private static final String LATIN = "abcdefghijklmnopqrstuvwxyz";

	private Typos() {
	}

	/**
	 * Introduces one slip.
	 * @param text the text, returned unchanged if shorter than three characters
	 * @param dice the randomness
	 * @return the text with one slip
	 */
	static String introduce(String text, Dice dice) {
		if (text.length() < 3) {
			return text;
		}
		int at = dice.chance(0.1) ? 0 : dice.between(1, text.length() - 1);
		StringBuilder out = new StringBuilder(text);
		switch (dice.between(0, 3)) {
			case 0 -> out.deleteCharAt(at);
			case 1 -> out.insert(at, text.charAt(at));
			case 2 -> swap(out, Math.min(at, text.length() - 2));
			default -> out.setCharAt(at, wrongLetter(text.charAt(at), dice));
		}
		return out.toString();
	}

	/**
	 * Introduces a slip with a probability.
	 * @param text the text
	 * @param probability the chance of a slip
	 * @param dice the randomness
	 * @return the text, possibly with one slip
	 */
	static String sometimes(String text, double probability, Dice dice) {
		return dice.chance(probability) ? introduce(text, dice) : text;
	}

	private static void swap(StringBuilder out, int at) {
		char first = out.charAt(at);
		out.setCharAt(at, out.charAt(at + 1));
		out.setCharAt(at + 1, first);
	}

	private static char wrongLetter(char original, Dice dice) {
		if (!Character.isLetter(original)) {
			return original;
		}
		char lower = Character.toLowerCase(original);
		String alphabet = (lower < 128) ? LATIN : CYRILLIC;
		char replacement = alphabet.charAt(dice.between(0, alphabet.length() - 1));
		return Character.isUpperCase(original) ? Character.toUpperCase(replacement) : replacement;
	}

}
