package org.homeward.linkage.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A synthetic cross-script linkage benchmark: invented Ukrainian children, each described
 * by several sources in their own scripts and habits, and the truth of which records
 * describe the same child. The same number of children and seed always give the same
 * records in the same order.
 * <p>
 * Sources and their habits: {@code ua-registry} (Ukrainian Cyrillic, complete),
 * {@code family-request} (diminutives, partial dates, typos), {@code ru-adoption-db}
 * (Russified names and places, some new surnames and shifted dates), {@code news}
 * (several romanisations), {@code social-media} (nicknames, missing fields) and
 * {@code official-list} (passport capitals, name order and date swaps). Siblings and
 * twins, and unrelated children with common names, are the hard negatives.
 */
public final class SyntheticBenchmark {

	private final List<SyntheticRecord> records;

	private final List<SyntheticChild> population;

	private final Lexicon lexicon;

	private SyntheticBenchmark(List<SyntheticRecord> records, List<SyntheticChild> population, Lexicon lexicon) {
		this.records = List.copyOf(records);
		this.population = List.copyOf(population);
		this.lexicon = lexicon;
	}

	/**
	 * Generates a benchmark; about 3.6 records per child on average.
	 * @param children how many children to invent, at least one
	 * @param seed the seed that fixes every draw
	 * @return the benchmark
	 * @throws IllegalArgumentException if {@code children} is below one
	 */
	public static SyntheticBenchmark generate(int children, long seed) {
		if (children < 1) {
			throw new IllegalArgumentException("children must be at least 1, not " + children);
		}
		Dice dice = new Dice(seed);
		Lexicon lexicon = Lexicon.load();
		FamilyRequest familyRequest = new FamilyRequest();
		List<SourceProfile> sources = List.of(new UaRegistry(), familyRequest, new RuAdoptionDatabase(lexicon),
				new News(), new SocialMedia(), new OfficialList());
		List<SyntheticChild> population = new ChildPopulation(lexicon, dice).invent(children);
		List<SyntheticRecord> records = new ArrayList<>(population.size() * 4);
		for (SyntheticChild child : population) {
			describe(child, sources, familyRequest, dice, records);
		}
		Collections.shuffle(records, dice.random());
		return new SyntheticBenchmark(renumber(records), population, lexicon);
	}

	/**
	 * Lets every source describe a child; a child no source mentions gets a family
	 * request, since a missing child is known at least to the family looking for it.
	 */
	private static void describe(SyntheticChild child, List<SourceProfile> sources, SourceProfile fallback, Dice dice,
			List<SyntheticRecord> into) {
		int before = into.size();
		for (SourceProfile source : sources) {
			int count = source.occurrences(dice);
			for (int i = 0; i < count; i++) {
				into.add(new SyntheticRecord("syn-pending", child.entityId(), source.describe(child, dice)));
			}
		}
		if (into.size() == before) {
			into.add(new SyntheticRecord("syn-pending", child.entityId(), fallback.describe(child, dice)));
		}
	}

	/**
	 * A benchmark made by hand, for tests of what reads one.
	 * @param records the records, with ids
	 * @param population the children they describe
	 * @param lexicon the name lists
	 * @return the benchmark
	 */
	static SyntheticBenchmark of(List<SyntheticRecord> records, List<SyntheticChild> population, Lexicon lexicon) {
		return new SyntheticBenchmark(records, population, lexicon);
	}

	/**
	 * Numbers records after shuffling, so that neither ids nor order reveal which belong
	 * together.
	 */
	private static List<SyntheticRecord> renumber(List<SyntheticRecord> shuffled) {
		List<SyntheticRecord> numbered = new ArrayList<>(shuffled.size());
		for (SyntheticRecord r : shuffled) {
			String id = String.format(Locale.ROOT, "syn-%08d", numbered.size() + 1);
			numbered.add(new SyntheticRecord(id, r.entityId(), r.mention()));
		}
		return numbered;
	}

	/**
	 * Returns the records in their shuffled order.
	 * @return the records, each with its true child
	 */
	public List<SyntheticRecord> records() {
		return this.records;
	}

	/**
	 * Returns the number of children invented (every one has at least one record).
	 * @return the number of true entities
	 */
	public int children() {
		return this.population.size();
	}

	/**
	 * Returns the invented children, whom the records describe.
	 * @return the children, siblings next to each other
	 */
	List<SyntheticChild> population() {
		return this.population;
	}

	/**
	 * Returns the name lists the children and their records were drawn from.
	 * @return the lexicon
	 */
	Lexicon lexicon() {
		return this.lexicon;
	}

}
