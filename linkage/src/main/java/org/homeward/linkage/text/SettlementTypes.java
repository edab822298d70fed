package org.homeward.linkage.text;

import java.util.Set;

/**
 * The words that say what kind of settlement a place is, as Ukrainian, Russian and
 * English documents write them before or after its name: м. Маріуполь, г. Мариуполь, смт
 * Новоазовськ, пгт Новоазовск, с. Олешки, Mariupol city, Novoazovsk town. Compiled by the
 * Homeward team from the usual abbreviations of Ukrainian and Russian addresses.
 */
public final class SettlementTypes {

	private static final Set<String> WORDS = Set.of("м", "міс", "місто", "г", "гор", "город", "с", "сел", "село",
			"селище", "смт", "пгт", "п", "пос", "посёлок", "поселок", "селищ", "city", "town", "village", "settlement",
			"misto", "selo", "smt", "pgt", "urban", "type");

	private SettlementTypes() {
	}

	/**
	 * A place name without the words that only name its kind, unless nothing else is
	 * left.
	 * @param normalised a name from {@link NameNormaliser#normalise(String)}
	 * @return the name without settlement-type words
	 */
	public static String strip(String normalised) {
		if (normalised.indexOf(' ') < 0) {
			return normalised;
		}
		StringBuilder kept = new StringBuilder(normalised.length());
		for (String word : normalised.split(" ")) {
			if (!WORDS.contains(word)) {
				kept.append((kept.length() > 0) ? " " : "").append(word);
			}
		}
		return (kept.length() > 0) ? kept.toString() : normalised;
	}

}
