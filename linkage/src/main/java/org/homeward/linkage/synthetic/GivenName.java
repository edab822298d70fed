package org.homeward.linkage.synthetic;

import java.util.List;

/**
 * A child's given name: its Ukrainian and Russian forms and the diminutives families use
 * in each language (Олександр, Александр, Саша, Сашко).
 *
 * @param sex the sex the name is given to
 * @param weight relative frequency, positive
 * @param uk the Ukrainian full form
 * @param ru the Russian full form
 * @param ukDiminutives Ukrainian diminutives, at least one
 * @param ruDiminutives Russian diminutives, at least one
 */
record GivenName(Sex sex, int weight, String uk, String ru, List<String> ukDiminutives, List<String> ruDiminutives) {

	GivenName {
		if (weight <= 0 || uk.isBlank() || ru.isBlank()) {
			throw new IllegalArgumentException("incomplete given name " + uk);
		}
		if (ukDiminutives.isEmpty() || ruDiminutives.isEmpty()) {
			throw new IllegalArgumentException("given name without diminutives " + uk);
		}
		ukDiminutives = List.copyOf(ukDiminutives);
		ruDiminutives = List.copyOf(ruDiminutives);
	}

}
