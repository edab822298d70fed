package org.homeward.linkage.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ukrainian and Russian, masculine and feminine forms of a Cyrillic surname: Олійник and
 * Олейник, Зборовський, Зборовский, Зборовська and Зборовская. Loaded from
 * {@code surname-forms.txt}; {@link #places()} gives, by the same kind of rules, the
 * Ukrainian and Russian forms of a place name ({@code place-forms.txt}: Сватове and
 * Сватово). Immutable and safe to share between threads.
 */
public final class SurnameForms {

	private static final SurnameForms BUILT_IN = load("/org/homeward/linkage/surname-forms.txt");

	private final List<String[]> endings;

	private final List<String[]> inner;

	private final Map<String, List<String>> pairs;

	private SurnameForms(List<String[]> endings, List<String[]> inner, Map<String, List<String>> pairs) {
		this.endings = endings;
		this.inner = inner;
		this.pairs = pairs;
	}

	/**
	 * The forms shipped with the engine.
	 * @return the shared instance
	 */
	public static SurnameForms builtIn() {
		return BUILT_IN;
	}

	/**
	 * The place-name forms shipped with the engine, for towns that {@code places.txt}
	 * does not list.
	 * @return the shared instance
	 */
	public static SurnameForms places() {
		return Places.INSTANCE;
	}

	/* Loaded on first use: only a profile with places needs them. */
	private static final class Places {

		static final SurnameForms INSTANCE = load("/org/homeward/linkage/place-forms.txt");

	}

	static SurnameForms load(String resource) {
		List<String[]> endings = new ArrayList<>();
		List<String[]> inner = new ArrayList<>();
		Map<String, List<String>> pairs = new HashMap<>();
		for (String[] line : DataLines.read(resource)) {
			String[] both = { line[1], line[2] };
			String[] back = { line[2], line[1] };
			switch (line[0]) {
				case "end" -> endings.addAll(List.of(both, back));
				case "inner" -> inner.addAll(List.of(both, back));
				case "pair" -> {
					pairs.computeIfAbsent(line[1], (k) -> new ArrayList<>()).add(line[2]);
					pairs.computeIfAbsent(line[2], (k) -> new ArrayList<>()).add(line[1]);
				}
				default -> throw new IllegalStateException("unknown surname rule " + line[0]);
			}
		}
		return new SurnameForms(List.copyOf(endings), List.copyOf(inner), Map.copyOf(pairs));
	}

	/**
	 * Lists the other forms of a surname.
	 * @param normalised a normalised Cyrillic surname (one word or several)
	 * @return other plausible forms, without the input; empty for Latin input
	 */
	public Set<String> variantsOf(String normalised) {
		Set<String> variants = new LinkedHashSet<>(this.pairs.getOrDefault(normalised, List.of()));
		Set<String> byEnding = new LinkedHashSet<>();
		byEnding.add(normalised);
		for (String[] rule : this.endings) {
			if (normalised.endsWith(rule[0]) && normalised.length() > rule[0].length() + 1) {
				byEnding.add(normalised.substring(0, normalised.length() - rule[0].length()) + rule[1]);
			}
		}
		for (String form : byEnding) {
			variants.add(form);
			for (String[] rule : this.inner) {
				if (form.contains(rule[0])) {
					variants.add(form.replace(rule[0], rule[1]));
				}
			}
		}
		variants.remove(normalised);
		return variants;
	}

}
