package org.homeward.linkage.names;

import java.util.ArrayList;
import java.util.List;

import org.homeward.linkage.text.Edits;

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
		for (String candidate : fatherForms(stem)) {
			for (int concept : concepts.conceptsOf(candidate)) {
				if (concepts.sexOf(concept) == 'M') {
					found.add(concept);
				}
			}
		}
	}

	/**
	 * The father concepts of a patronymic that {@link #fatherConcepts} cannot read
	 * because of one typing error, in the suffix (Миколайови, Юрьевлч, Алексеесна) or in
	 * the father's name (Игоцевич, Олщгівна): a suffix one edit from a known one, or a
	 * father's name one edit from a known male form.
	 * @param normalised a normalised patronymic, or one of its Latin forms
	 * @param concepts the given-name concepts
	 * @return concept numbers, possibly empty, possibly repeated
	 */
	public static List<Integer> fatherConceptsNear(String normalised, NameConcepts concepts) {
		List<Integer> found = new ArrayList<>();
		String name = normalised.replace('ё', 'е');
		for (String[] suffixes : List.of(SON_SUFFIXES, DAUGHTER_SUFFIXES)) {
			for (String suffix : suffixes) {
				if (name.endsWith(suffix)) {
					if (name.length() > suffix.length() + 1) {
						addNearFathers(found, name.substring(0, name.length() - suffix.length()), concepts);
					}
					continue;
				}
				for (int tail = suffix.length() - 1; tail <= suffix.length() + 1; tail++) {
					if (tail >= 2 && name.length() > tail + 1
							&& Edits.withinOneEdit(name.substring(name.length() - tail), suffix)) {
						addFathers(found, name.substring(0, name.length() - tail), concepts);
					}
				}
			}
		}
		return found;
	}

	/**
	 * The sex a patronymic's suffix marks, where the suffix may carry one typing error.
	 * @param normalised a normalised patronymic
	 * @return {@link #SON}, {@link #DAUGHTER} or 0 when no suffix or both kinds fit
	 */
	public static int sexNear(String normalised) {
		int exact = sexOf(normalised);
		if (exact != 0) {
			return exact;
		}
		boolean son = endsNear(normalised, SON_SUFFIXES);
		boolean daughter = endsNear(normalised, DAUGHTER_SUFFIXES);
		return (son == daughter) ? 0 : (son ? SON : DAUGHTER);
	}

	private static boolean endsNear(String name, String[] suffixes) {
		for (String suffix : suffixes) {
			for (int tail = Math.max(2, suffix.length() - 1); tail <= suffix.length() + 1; tail++) {
				if (name.length() > tail + 1 && Edits.withinOneEdit(name.substring(name.length() - tail), suffix)) {
					return true;
				}
			}
		}
		return false;
	}

	private static void addNearFathers(List<Integer> found, String stem, NameConcepts concepts) {
		for (String candidate : fatherForms(stem)) {
			if (candidate.length() < 4) {
				continue;
			}
			for (String known : concepts.formsNearlySpelt(candidate)) {
				if (Edits.withinOneEdit(candidate, known)) {
					for (int concept : concepts.conceptsOf(known)) {
						if (concepts.sexOf(concept) == 'M') {
							found.add(concept);
						}
					}
				}
			}
		}
	}

	/* The forms a father's name may have had before the suffix was added to the stem. */
	private static List<String> fatherForms(String stem) {
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
		return candidates;
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
