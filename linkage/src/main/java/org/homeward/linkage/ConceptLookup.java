package org.homeward.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.homeward.linkage.names.Diminutives;
import org.homeward.linkage.names.NameConcepts;
import org.homeward.linkage.names.Patronymics;
import org.homeward.linkage.text.LatinForms;

/**
 * Looks a name's concepts up in one {@link NameConcepts} for {@link NameFeatureCache}:
 * the concepts of its spellings and words, of the full names a diminutive is formed from,
 * of sound-alike or nearly spelt known forms, and a patronymic's father concepts. Touches
 * no shared state, so it runs on any thread. Concept ids are returned sorted and
 * distinct.
 */
final class ConceptLookup {

	private final NameConcepts concepts;

	private final boolean typoConcepts;

	/**
	 * A look-up in one set of concepts.
	 * @param concepts given names or places
	 * @param typoConcepts whether a name the concepts do not list takes the concepts of a
	 * diminutive's full names or of sound-alike forms
	 */
	ConceptLookup(NameConcepts concepts, boolean typoConcepts) {
		this.concepts = concepts;
		this.typoConcepts = typoConcepts;
	}

	/**
	 * The concepts of a name, of its forms and renderings, and of each of its words.
	 * @param normalised the normalised name
	 * @param forms its Latin forms
	 * @param renderings its forms and, for a Latin name, its foreign readings
	 * @return the concept ids
	 */
	int[] conceptsOf(String normalised, List<String> forms, List<String> renderings) {
		Set<Integer> found = new LinkedHashSet<>();
		addConcepts(found, normalised, renderings);
		String[] words = normalised.split(" ");
		if (words.length > 1) {
			for (String word : words) {
				addConcepts(found, word, LatinForms.of(word));
			}
		}
		if (found.isEmpty() && this.typoConcepts) {
			addDiminutiveConcepts(found, normalised, forms);
		}
		if (found.isEmpty() && this.typoConcepts && normalised.length() >= 4 && !forms.isEmpty()) {
			addSoundAlikeConcepts(found, normalised, forms);
		}
		return sorted(new ArrayList<>(found));
	}

	/*
	 * A spelling the concept file does not list, in a romanisation it does not foresee
	 * (German Jewhen, Swjatoslaw, Kostjantyn; a typed Макисм), takes the concepts of the
	 * known forms with its phonetic skeleton, when they are one name. Only the national
	 * (or only) form is read: the ASCII fold of ICU's form drops the hacek (Чорненко as
	 * cornenko, sounding like Корній), and it gave surnames given-name concepts and with
	 * them another blocking key than their Latin spelling's. On 20,000 children this
	 * raised F1 by 0.0002 (seed 1) and 0.0011 (seed 2), precision by 0.0012 and 0.0001.
	 */
	private void addSoundAlikeConcepts(Set<Integer> found, String normalised, List<String> forms) {
		int[] sounding = this.concepts.conceptsSoundingLike(forms.get(0));
		if (sounding.length == 0) {
			return;
		}
		/*
		 * A known form one typing error away is better evidence than a shared skeleton,
		 * which keeps only three or four consonants: Олекій sounds like Алік (Albert) but
		 * is one letter from Олексій. Sound-alike concepts that no such neighbour shares
		 * are dropped; the name then keeps its neighbours as near concepts.
		 */
		int[] near = nearConceptsOf(normalised, forms);
		for (int concept : sounding) {
			if (near.length == 0 || Arrays.binarySearch(near, concept) >= 0) {
				found.add(concept);
			}
		}
	}

	/*
	 * A diminutive the concept file does not list (Саломійка, Назарчик, Oleksiyko) takes
	 * the concepts of the known full names it can be formed from. Places are not read
	 * this way.
	 */
	private void addDiminutiveConcepts(Set<Integer> found, String normalised, List<String> forms) {
		List<String> spellings = new ArrayList<>(forms);
		spellings.add(0, normalised);
		for (String spelling : spellings) {
			for (String base : Diminutives.basesOf(spelling)) {
				Arrays.stream(this.concepts.conceptsOf(base)).forEach(found::add);
			}
		}
	}

	/**
	 * The concepts a name may be a misspelling of: for a listed name its own concepts;
	 * for an unlisted one the concepts of the known forms one typing error away, together
	 * with those its diminutive or sound were read as. A guess is not proof: Ярослва
	 * sounds like Ярослава but is one transposition from Ярослав, and Діанкю is no other
	 * name than Діанка's.
	 * @param normalised the normalised name
	 * @param forms its Latin forms
	 * @param renderings its forms and, for a Latin name, its foreign readings
	 * @param concepts what {@link #conceptsOf} found
	 * @return the concept ids
	 */
	int[] nearConceptsOf(String normalised, List<String> forms, List<String> renderings, int[] concepts) {
		if (concepts.length > 0 && listed(normalised, renderings)) {
			return concepts;
		}
		int[] near = nearConceptsOf(normalised, forms);
		if (concepts.length == 0 || near.length == 0) {
			return (near.length == 0) ? concepts : near;
		}
		List<Integer> union = new ArrayList<>();
		Arrays.stream(concepts).forEach(union::add);
		Arrays.stream(near).forEach(union::add);
		return sorted(union);
	}

	private boolean listed(String normalised, List<String> renderings) {
		Set<Integer> found = new LinkedHashSet<>();
		addConcepts(found, normalised, renderings);
		String[] words = normalised.split(" ");
		for (int w = 0; w < words.length && found.isEmpty() && words.length > 1; w++) {
			addConcepts(found, words[w], LatinForms.of(words[w]));
		}
		return !found.isEmpty();
	}

	/*
	 * Only names of four letters or more: shorter ones are one edit away from too many
	 * names to say anything.
	 */
	int[] nearConceptsOf(String normalised, List<String> forms) {
		Set<Integer> found = new LinkedHashSet<>();
		List<String> spellings = new ArrayList<>();
		spellings.add(normalised);
		spellings.addAll(forms);
		for (String spelling : spellings) {
			if (spelling.length() < 4) {
				continue;
			}
			char[] letters = spelling.toCharArray();
			for (String known : this.concepts.formsNearlySpelt(spelling)) {
				if (JaroWinkler.withinOneEdit(letters, known.toCharArray())) {
					Arrays.stream(this.concepts.conceptsOf(known)).forEach(found::add);
				}
			}
		}
		return sorted(new ArrayList<>(found));
	}

	/**
	 * The blocking group of a name: the lowest group of its concepts or, without
	 * concepts, the {@link #soleGroup} of its near concepts.
	 * @param concepts the name's concept ids
	 * @param near the concept ids of known forms one typing error away
	 * @return the group, or -1 for none
	 */
	int groupOf(int[] concepts, int[] near) {
		return (concepts.length > 0) ? Arrays.stream(concepts).map(this.concepts::groupOf).min().orElse(-1)
				: soleGroup(near);
	}

	/*
	 * A misspelt name one typing error from the forms of one name only (Макисм, Dmytor)
	 * blocks with that name, though it is still compared by its letters.
	 */
	private int soleGroup(int[] near) {
		int[] groups = Arrays.stream(near).map(this.concepts::groupOf).distinct().toArray();
		return (groups.length == 1) ? groups[0] : -1;
	}

	/**
	 * A patronymic's concepts: the given-name concepts of the father
	 * ({@link Patronymics}).
	 * @param normalised the normalised patronymic
	 * @param forms its renderings
	 * @return the concept ids
	 */
	int[] fatherConceptsOf(String normalised, List<String> forms) {
		Set<Integer> found = new LinkedHashSet<>(Patronymics.fatherConcepts(normalised, this.concepts));
		for (String form : forms) {
			found.addAll(Patronymics.fatherConcepts(form, this.concepts));
		}
		if (found.isEmpty()) {
			found.addAll(Patronymics.fatherConceptsNear(normalised, this.concepts));
		}
		return sorted(new ArrayList<>(found));
	}

	/**
	 * The sex a patronymic's suffix marks, in the name itself or else in the first of its
	 * forms that marks one.
	 * @param normalised the normalised patronymic
	 * @param forms its Latin forms
	 * @return {@link Patronymics#SON}, {@link Patronymics#DAUGHTER} or 0
	 */
	static int patronymicSex(String normalised, List<String> forms) {
		int sex = Patronymics.sexOf(normalised);
		for (int f = 0; f < forms.size() && sex == 0; f++) {
			sex = Patronymics.sexOf(forms.get(f));
		}
		return (sex != 0) ? sex : Patronymics.sexNear(normalised);
	}

	private void addConcepts(Set<Integer> found, String normalised, List<String> forms) {
		Arrays.stream(this.concepts.conceptsOf(normalised)).forEach(found::add);
		for (String form : forms) {
			Arrays.stream(this.concepts.conceptsOf(form)).forEach(found::add);
		}
	}

	private static int[] sorted(List<Integer> ids) {
		return NameFeatures.sortedDistinct(ids);
	}

}
