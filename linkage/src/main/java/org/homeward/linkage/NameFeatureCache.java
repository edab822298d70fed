package org.homeward.linkage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.homeward.linkage.names.NameConcepts;
import org.homeward.linkage.names.Patronymics;
import org.homeward.linkage.names.SurnameForms;
import org.homeward.linkage.text.ForeignSpellings;
import org.homeward.linkage.text.LatinForms;
import org.homeward.linkage.text.NameNormaliser;
import org.homeward.linkage.text.PhoneticSkeleton;
import org.homeward.linkage.text.TextLanguage;
import org.jspecify.annotations.Nullable;

/**
 * Computes {@link NameFeatures} once per distinct name, looking concepts up in one
 * {@link NameConcepts} (given names or places) with a {@link ConceptLookup}, and interns
 * every string feature as an int. Names repeat heavily (a million records hold some
 * thousand given names), so the romanisers run once per name, not once per record. Safe
 * for concurrent use.
 */
final class NameFeatureCache {

	private final Map<String, NameFeatures> byName = new ConcurrentHashMap<>();

	/* Features computed by warm(), waiting to be interned in a deterministic order. */
	private final Map<String, Draft> drafts = new ConcurrentHashMap<>();

	private final Interner interner;

	private final ConceptLookup lookup;

	private final SurnameForms surnames;

	private final boolean patronymics;

	private final boolean typoConcepts;

	/**
	 * A cache of given and family names (whose unknown names get the concepts of known
	 * forms one typing error away as {@link NameFeatures#nearConcepts}) or of places.
	 */
	NameFeatureCache(NameConcepts concepts, SurnameForms surnames, Interner interner, boolean typoConcepts) {
		this.lookup = new ConceptLookup(concepts, typoConcepts);
		this.surnames = surnames;
		this.interner = interner;
		this.patronymics = false;
		this.typoConcepts = typoConcepts;
	}

	/**
	 * A cache of patronymics: their concepts are the father's given-name concepts
	 * ({@link Patronymics}).
	 */
	static NameFeatureCache ofPatronymics(NameConcepts concepts, SurnameForms surnames, Interner interner) {
		return new NameFeatureCache(concepts, surnames, interner);
	}

	private NameFeatureCache(NameConcepts concepts, SurnameForms surnames, Interner interner) {
		this.lookup = new ConceptLookup(concepts, false);
		this.surnames = surnames;
		this.interner = interner;
		this.patronymics = true;
		this.typoConcepts = false;
	}

	/**
	 * The features of a raw name.
	 * @return the features, or null when the name holds no letter or digit or is an
	 * initial
	 */
	NameFeatures get(String raw) {
		return getNormalised(NameNormaliser.normalise(raw));
	}

	/**
	 * The features of a name already normalised ({@link NameNormaliser#normalise}).
	 * @return the features, or null when the name is empty or an initial
	 */
	NameFeatures getNormalised(String normalised) {
		if (normalised.isEmpty() || isInitial(normalised)) {
			return null;
		}
		return this.byName.computeIfAbsent(normalised, this::compute);
	}

	/*
	 * A single letter ("Misha K." in a post that keeps the surname private, "Kovalenko M.
	 * O." on a list) says too little to compare: it counts as missing, not as a name that
	 * disagrees with every other (Mykhailo K. against Михайло Коваленко had scored 12.9
	 * bits, review; with the initial missing, 16.9, match).
	 */
	private static boolean isInitial(String normalised) {
		return normalised.codePointCount(0, normalised.length()) == 1;
	}

	/**
	 * The cached names and their features, for {@link IndexSnapshot}.
	 */
	Map<String, NameFeatures> entries() {
		return this.byName;
	}

	/**
	 * Puts features computed earlier (read by {@link IndexSnapshot}) under their
	 * normalised name.
	 */
	void restore(String normalised, NameFeatures features) {
		this.byName.put(normalised, features);
	}

	private int intern(String key) {
		return this.interner.intern(key);
	}

	/**
	 * Computes the features of a normalised name ahead of {@link #getNormalised}, on any
	 * thread, without interning anything: the strings are interned when a get first asks
	 * for the name, so interned ids follow the order of the get calls, not the timing of
	 * the threads that warmed the cache.
	 */
	void warm(String normalised) {
		if (!normalised.isEmpty() && !isInitial(normalised) && !this.byName.containsKey(normalised)) {
			this.drafts.computeIfAbsent(normalised, this::draft);
		}
	}

	/** How many warmed names wait for a get, for tests. */
	int draftCount() {
		return this.drafts.size();
	}

	/** Forgets warmed names that {@link #get} never asked for. */
	void dropDrafts() {
		this.drafts.clear();
	}

	private NameFeatures compute(String normalised) {
		Draft draft = this.drafts.remove(normalised);
		return resolve((draft != null) ? draft : draft(normalised));
	}

	/**
	 * A name's features with its strings not yet interned. Computing it is the costly
	 * part (romanisation, concept look-ups) and touches no shared state.
	 */
	private record Draft(String normalised, @Nullable String primarySkeleton, List<String> forms,
			Set<String> variantForms, List<String> givenSkeletons, List<String> familySkeletons, int[] concepts,
			int[] near, int group, char[] jwKey, int patronymicSex) {
	}

	/*
	 * A Latin name's foreign readings (ForeignSpellings: Schewtschenko as shevchenko) are
	 * renderings and are looked up as known forms, but they feed none of the fuzzy
	 * look-ups (sound-alike, diminutive, one typo away): a reading is a guess, and a
	 * guess of a guess gave family names such as Moroz (read morots) the concept of
	 * Marko.
	 */
	private Draft draft(String normalised) {
		List<String> forms = LatinForms.of(normalised);
		boolean latin = !TextLanguage.detect(normalised).isCyrillic();
		Set<String> variantForms = new LinkedHashSet<>();
		if (!latin) {
			/*
			 * The other surname forms (Савицкая for Савицька) under the passport and
			 * BGN/PCGN systems, not ICU's Any-Latin: it was a sixth of all preparing
			 * (20,000 children on one thread: 2,338-2,360 ms, without it 1,990-2,014 ms),
			 * and F1 moved within the training seed's spread (seed 1 0.8662 -> 0.8661,
			 * seed 2 0.8640 -> 0.8668).
			 */
			this.surnames.variantsOf(normalised).forEach((v) -> variantForms.addAll(LatinForms.of(v, false)));
		}
		List<String> renderings = forms;
		if (latin) {
			renderings = new ArrayList<>(forms);
			renderings.addAll(ForeignSpellings.readings(normalised));
		}
		String primaryForm = forms.isEmpty() ? normalised : forms.get(0);
		String primarySkeleton = forms.isEmpty() ? null
				: skeletonKey(PhoneticSkeleton.of(primaryForm, false, false), 'f');
		int[] concepts = this.patronymics ? this.lookup.fatherConceptsOf(normalised, renderings)
				: this.lookup.conceptsOf(normalised, forms, renderings);
		int[] near = (this.patronymics || !this.typoConcepts) ? concepts
				: this.lookup.nearConceptsOf(normalised, forms, renderings, concepts);
		int group = this.lookup.groupOf(concepts, near);
		return new Draft(normalised, primarySkeleton, renderings, variantForms, skeletons(forms, latin, true),
				skeletons(forms, latin, false), concepts, near, group, primaryForm.replace(" ", "").toCharArray(),
				this.patronymics ? ConceptLookup.patronymicSex(normalised, renderings) : 0);
	}

	/*
	 * Interns in the order the features were always interned in, so ids stay as before.
	 */
	private NameFeatures resolve(Draft draft) {
		String primaryKey = draft.primarySkeleton();
		int primarySkeleton = (primaryKey != null) ? intern(primaryKey) : -1;
		int exactId = intern("x:" + draft.normalised());
		int[] renderings = ids("r:", draft.forms());
		int[] variantRenderings = ids("r:", draft.variantForms());
		int[] givenSkeletons = internAll(draft.givenSkeletons());
		int[] familySkeletons = internAll(draft.familySkeletons());
		return new NameFeatures(exactId, renderings, variantRenderings, draft.concepts(), draft.near(), givenSkeletons,
				familySkeletons, primarySkeleton, draft.group(), draft.jwKey(), draft.patronymicSex());
	}

	private int[] internAll(List<String> keys) {
		List<Integer> ids = new ArrayList<>();
		for (String key : keys) {
			ids.add(intern(key));
		}
		return sorted(ids);
	}

	private int[] ids(String prefix, Iterable<String> forms) {
		List<Integer> ids = new ArrayList<>();
		for (String form : forms) {
			ids.add(intern(prefix + form.replace(" ", "")));
		}
		return sorted(ids);
	}

	private static List<String> skeletons(List<String> forms, boolean latin, boolean given) {
		List<String> keys = new ArrayList<>();
		char tag = given ? 'g' : 'f';
		for (String form : forms) {
			keys.add(skeletonKey(PhoneticSkeleton.of(form, false, given), tag));
			if (latin) {
				keys.add(skeletonKey(PhoneticSkeleton.of(form, true, given), tag));
			}
		}
		return keys;
	}

	private static String skeletonKey(String skeleton, char tag) {
		return tag + ":" + skeleton;
	}

	private static int[] sorted(List<Integer> ids) {
		return NameFeatures.sortedDistinct(ids);
	}

}
