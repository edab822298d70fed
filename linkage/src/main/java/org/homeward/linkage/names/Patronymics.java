package org.homeward.linkage.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the father's given name out of a patronymic in Ukrainian, Russian or a Latin
 * rendering: Андрійович, Андреевич, Andriyovych and ANDRIIVNA all name a father Андрій,
 * whose {@link NameConcepts} concept then joins them.
 */
public final class Patronymics {

	/** A patronymic of a son (-ович, -евич, -ich). */
	public static final int SON = 1;

	/** A patronymic of a daughter (-івна, -овна, -ivna). */
	public static final int DAUGHTER = 2;

	/*
	 * With the Belarusian -авіч/-евіч/-овіч and -аўна/-еўна/-оўна (Аляксандравіч,
	 * Сяргееўна; Aliaksandravich, Siarheeuna), which records written in Belarus use.
	 */
	private static final String[] SON_SUFFIXES = { "ович", "евич", "ич", "авіч", "евіч", "овіч", "ovych", "ovich",
			"evych", "evich", "avich", "owycz", "owitsch", "ovitch", "ovic", "evic", "ych", "ich" };

	private static final String[] DAUGHTER_SUFFIXES = { "івна", "ївна", "овна", "евна", "ична", "аўна", "еўна", "оўна",
			"ivna", "yivna", "ovna", "evna", "iwna", "owna", "ichna", "ychna", "auna", "euna", "ouna" };

	/*
	 * Endings a father's name may have lost before the suffix (Андрі-ївна, Микола-ївна).
	 */
	private static final String[] CYRILLIC_ENDINGS = { "", "й", "о", "а", "я", "ь" };

	private static final String[] LATIN_ENDINGS = { "", "i", "y", "j", "ii", "iy", "ij", "o", "a" };

	private Patronymics() {
	}

	/**
	 * The sex a patronymic's suffix marks.
	 * @param normalised a normalised patronymic
	 * @return {@link #SON}, {@link #DAUGHTER} or 0 when no suffix is known
	 */
	public static int sexOf(String normalised) {
		if (endsWithAny(normalised, DAUGHTER_SUFFIXES)) {
			return DAUGHTER;
		}
		return endsWithAny(normalised, SON_SUFFIXES) ? SON : 0;
	}

	/**
	 * The male given-name concepts a patronymic may derive from.
	 * @param normalised a normalised patronymic, or one of its Latin forms
	 * @param concepts the given-name concepts
	 * @return concept numbers, possibly empty, possibly repeated
	 */
	public static List<Integer> fatherConcepts(String normalised, NameConcepts concepts) {
		List<Integer> found = new ArrayList<>();
		String name = normalised.replace('ё', 'е');
		for (String suffix : (sexOf(name) == DAUGHTER) ? DAUGHTER_SUFFIXES : SON_SUFFIXES) {
			if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
				addFathers(found, name.substring(0, name.length() - suffix.length()), concepts);
			}
		}
		return found;
	}

	private static void addFathers(List<Integer> found, String stem, NameConcepts concepts) {
		boolean latin = stem.chars().allMatch((c) -> c < 0x250);
		List<String> candidates = new ArrayList<>();
		for (String ending : latin ? LATIN_ENDINGS : CYRILLIC_ENDINGS) {
			candidates.add(stem + ending);
		}
		char last = stem.charAt(stem.length() - 1);
		if (!latin && last == 'ь') {
			candidates.add(stem.substring(0, stem.length() - 1) + "ий");
		}
		if ("йьiyj".indexOf(last) >= 0) {
			candidates.add(stem.substring(0, stem.length() - 1));
		}
		for (String candidate : candidates) {
			for (int concept : concepts.conceptsOf(candidate)) {
				if (concepts.sexOf(concept) == 'M') {
					found.add(concept);
				}
			}
		}
	}

	private static boolean endsWithAny(String name, String[] suffixes) {
		for (String suffix : suffixes) {
			if (name.endsWith(suffix)) {
				return true;
			}
		}
		return false;
	}

}
