package org.homeward.linkage.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.linkage.text.LatinForms;
import org.homeward.linkage.text.NameNormaliser;
import org.homeward.linkage.text.PhoneticSkeleton;
import org.jspecify.annotations.Nullable;

/**
 * Name concepts: given names (Михайло = Михаил = Mykhailo = Mikhail = Misha = Міша) from
 * {@code given-names.txt}, places (Бахмут = Артемовск = Bakhmut) from {@code places.txt}.
 * Every Cyrillic form is also registered under its Latin forms ({@link LatinForms}).
 * Immutable and safe to share between threads.
 */
public final class NameConcepts {

	private static final int[] NONE = new int[0];

	static final String GIVEN_NAMES = "/org/homeward/linkage/given-names.txt";

	static final String PLACE_NAMES = "/org/homeward/linkage/places.txt";

	private static final NameConcepts BUILT_IN = load(GIVEN_NAMES);

	/* A holder, so that profiles without places never load them. */
	private static final class Places {

		static final NameConcepts INSTANCE = load(PLACE_NAMES);

	}

	private final Map<String, int[]> conceptsByForm;

	private final List<String> ids;

	private final char[] sexes;

	private final int[] groups;

	/* Built on first use; a race builds it twice, harmlessly. */
	private volatile @Nullable Map<String, List<String>> byDeletion;

	/* Built on first use, as above: given-name skeleton to the concepts of one group. */
	private volatile @Nullable Map<String, int[]> bySkeleton;

	private NameConcepts(Map<String, int[]> conceptsByForm, List<String> ids, char[] sexes) {
		this.conceptsByForm = conceptsByForm;
		this.ids = ids;
		this.sexes = sexes;
		this.groups = groups(conceptsByForm, ids.size());
	}

	/*
	 * Concepts that share a form (Саша: Олександр and Олександра; Уля: Уляна and Юлія)
	 * form one group, so a name that maps to several concepts still has one blocking key.
	 */
	private static int[] groups(Map<String, int[]> conceptsByForm, int size) {
		int[] parent = new int[size];
		for (int i = 0; i < size; i++) {
			parent[i] = i;
		}
		for (int[] concepts : conceptsByForm.values()) {
			for (int k = 1; k < concepts.length; k++) {
				int a = root(parent, concepts[0]);
				int b = root(parent, concepts[k]);
				parent[Math.max(a, b)] = Math.min(a, b);
			}
		}
		int[] groups = new int[size];
		for (int i = 0; i < size; i++) {
			groups[i] = root(parent, i);
		}
		return groups;
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			i = parent[i];
		}
		return i;
	}

	/**
	 * The group of a concept: the smallest concept reachable through shared forms.
	 * @param concept a concept number
	 * @return the group's concept number
	 */
	public int groupOf(int concept) {
		return this.groups[concept];
	}

	/**
	 * The concepts shipped with the engine.
	 * @return the shared instance
	 */
	public static NameConcepts builtIn() {
		return BUILT_IN;
	}

	/**
	 * Place concepts shipped with the engine: oblasts and settlements under their
	 * Ukrainian, Russian, former and Latin names ({@code places.txt}); {@link #sexOf}
	 * gives the kind, 'O' for an oblast, 'S' for a settlement.
	 * @return the shared instance
	 */
	public static NameConcepts places() {
		return Places.INSTANCE;
	}

	static NameConcepts load(String resource) {
		List<String> ids = new ArrayList<>();
		List<String[]> lines = DataLines.read(resource);
		char[] sexes = new char[lines.size()];
		for (String[] line : lines) {
			if (line.length != 6 && line.length != 7) {
				throw new IllegalStateException("given-name line needs 6 or 7 fields: " + String.join(";", line));
			}
			sexes[ids.size()] = line[1].isEmpty() ? '?' : line[1].charAt(0);
			ids.add(line[0]);
		}
		Map<String, int[]> byForm = ConceptFormTable.read(resource).orElseGet(() -> formsOf(lines));
		return new NameConcepts(byForm, List.copyOf(ids), sexes);
	}

	/**
	 * Every form of every concept, each registered under its normalised spelling and its
	 * Latin forms: the romanisers' work, which {@link ConceptFormTable} stores
	 * precomputed.
	 */
	static Map<String, int[]> formsOf(List<String[]> lines) {
		Map<String, int[]> byForm = new HashMap<>();
		for (int concept = 0; concept < lines.size(); concept++) {
			String[] line = lines.get(concept);
			for (int field = 2; field < line.length; field++) {
				for (String form : DataLines.list(line[field])) {
					register(byForm, form, concept);
				}
			}
		}
		return Map.copyOf(byForm);
	}

	private static void register(Map<String, int[]> byForm, String form, int concept) {
		String normalised = NameNormaliser.normalise(form);
		add(byForm, normalised, concept);
		for (String latin : LatinForms.of(normalised)) {
			add(byForm, latin, concept);
		}
	}

	private static void add(Map<String, int[]> byForm, String key, int concept) {
		int[] known = byForm.getOrDefault(key, NONE);
		if (Arrays.stream(known).noneMatch((c) -> c == concept)) {
			int[] grown = Arrays.copyOf(known, known.length + 1);
			grown[known.length] = concept;
			Arrays.sort(grown);
			byForm.put(key, grown);
		}
	}

	/**
	 * Looks up the concepts of one name form.
	 * @param normalisedOrLatin a normalised name or one of its folded Latin forms
	 * @return sorted concept numbers, empty when the form is unknown; never modify it
	 */
	public int[] conceptsOf(String normalisedOrLatin) {
		return this.conceptsByForm.getOrDefault(normalisedOrLatin, NONE);
	}

	/**
	 * Every known form: normalised names and their folded Latin forms.
	 * @return an unmodifiable set
	 */
	public java.util.Set<String> forms() {
		return this.conceptsByForm.keySet();
	}

	/**
	 * The known forms that could be one edit (insertion, deletion, substitution or
	 * transposition of neighbours) away from a spelling: every form that shares the
	 * spelling or one of its one-letter deletions with the form or one of its deletions.
	 * A superset, so the caller checks each candidate; it replaces a scan of all forms,
	 * which took a third of preparing FEBRL 4 (see BENCHMARKS.md).
	 * @param spelling a normalised or Latin spelling
	 * @return candidate forms, possibly with repeats
	 */
	public List<String> formsNearlySpelt(String spelling) {
		Map<String, List<String>> index = deletionIndex();
		List<String> found = new ArrayList<>();
		for (String key : deletionsOf(spelling)) {
			found.addAll(index.getOrDefault(key, List.of()));
		}
		return found;
	}

	private Map<String, List<String>> deletionIndex() {
		Map<String, List<String>> index = this.byDeletion;
		if (index == null) {
			Map<String, List<String>> built = new HashMap<>();
			for (String form : this.conceptsByForm.keySet()) {
				for (String key : deletionsOf(form)) {
					built.computeIfAbsent(key, (k) -> new ArrayList<>(2)).add(form);
				}
			}
			index = built;
			this.byDeletion = built;
		}
		return index;
	}

	/**
	 * The concepts whose known Latin forms share a phonetic skeleton
	 * ({@link PhoneticSkeleton}, given-name mode, ch read both ways) with a spelling,
	 * when all of them belong to one group: Jewhen and Yevhen, Swjatoslaw and Sviatoslav,
	 * Kostjantyn and Kostiantyn. A skeleton that two unrelated names share (Alisa and
	 * Olesia) says nothing and gives no concept.
	 * @param latin a folded Latin spelling
	 * @return sorted concept numbers, empty when the skeleton is unknown or ambiguous
	 */
	public int[] conceptsSoundingLike(String latin) {
		Map<String, int[]> index = skeletonIndex();
		int[] plain = index.getOrDefault(PhoneticSkeleton.of(latin, false, true), NONE);
		int[] german = index.getOrDefault(PhoneticSkeleton.of(latin, true, true), NONE);
		if (plain.length == 0 || german.length == 0 || Arrays.equals(plain, german)) {
			return (plain.length > 0) ? plain : german;
		}
		return (this.groups[plain[0]] == this.groups[german[0]]) ? merged(plain, german) : NONE;
	}

	private Map<String, int[]> skeletonIndex() {
		Map<String, int[]> index = this.bySkeleton;
		if (index == null) {
			Map<String, int[]> built = new HashMap<>();
			for (Map.Entry<String, int[]> form : this.conceptsByForm.entrySet()) {
				for (boolean chAsKh : new boolean[] { false, true }) {
					String skeleton = PhoneticSkeleton.of(form.getKey(), chAsKh, true);
					if (skeleton.length() >= 2 && skeleton.indexOf(' ') < 0) {
						built.merge(skeleton, form.getValue(), this::mergedOrAmbiguous);
					}
				}
			}
			built.values().removeIf((concepts) -> concepts.length == 0);
			index = Map.copyOf(built);
			this.bySkeleton = index;
		}
		return index;
	}

	private int[] mergedOrAmbiguous(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0 || this.groups[a[0]] != this.groups[b[0]]) {
			return NONE;
		}
		return merged(a, b);
	}

	private static int[] merged(int[] a, int[] b) {
		return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
	}

	private static java.util.Set<String> deletionsOf(String text) {
		java.util.Set<String> keys = new java.util.HashSet<>();
		keys.add(text);
		for (int i = 0; i < text.length(); i++) {
			keys.add(text.substring(0, i) + text.substring(i + 1));
		}
		return keys;
	}

	/**
	 * The identifier of a concept, such as {@code mykhailo}.
	 * @param concept a concept number from {@link #conceptsOf(String)}
	 * @return the identifier
	 */
	public String idOf(int concept) {
		return this.ids.get(concept);
	}

	/**
	 * The sex a concept's name is given to.
	 * @param concept a concept number
	 * @return 'M', 'F' or '?'
	 */
	public char sexOf(int concept) {
		return this.sexes[concept];
	}

	/**
	 * The number of concepts.
	 * @return at least one
	 */
	public int size() {
		return this.ids.size();
	}

}
