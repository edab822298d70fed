package org.homeward.linkage.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.homeward.linkage.evaluation.PairwiseEvaluation;
import org.homeward.linkage.evaluation.PairwiseScore;
import org.jspecify.annotations.Nullable;

/**
 * The best any linkage engine could do on a synthetic benchmark: an oracle that knows
 * every invented child and, behind each written field, the true value it stands for
 * (through any script, romanisation, typing error or diminutive), and the generator's own
 * model of how birth dates are distorted. For every record it weighs each child of the
 * same given name by the chance that the child's sources would have written this record,
 * and assigns the record to the likeliest child.
 * <p>
 * What the oracle cannot know is what no record says: a post "Artem Pavlenko, Donetsk"
 * fits every Artem Pavlenko of Donetsk equally, and a child renamed at adoption, with a
 * new patronymic and a shifted birth date, may fit several children of that town. Its
 * pairwise scores are therefore an upper bound for a real engine, which sees only the
 * records and no children, reads names with errors, and does not know the distortions.
 * <p>
 * Approximations: a renamed record is recognised by a family name more than two edits
 * from the child's own Russian form; the share of a typed adoptive surname or patronymic
 * that is on no list is the mean share. Both affect only which of several fitting
 * children is likelier, never whether the true child fits.
 */
public final class OracleCeiling {

	/** Posterior thresholds reported; 0.5000001 excludes ties between two children. */
	static final double[] THRESHOLDS = { 0, 0.5, 0.5000001, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999 };

	private final Lexicon lexicon;

	private OracleCeiling(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	/**
	 * Weighs every record of a benchmark against the children.
	 * @param benchmark a generated benchmark
	 * @return the oracle's assignments and their pairwise scores
	 */
	public static Result measure(SyntheticBenchmark benchmark) {
		return new OracleCeiling(benchmark.lexicon()).run(benchmark);
	}

	private Result run(SyntheticBenchmark benchmark) {
		Map<String, SyntheticChild> byId = new HashMap<>();
		Map<GivenName, List<SyntheticChild>> byName = new HashMap<>();
		for (SyntheticChild child : benchmark.population()) {
			byId.put(child.entityId(), child);
			byName.computeIfAbsent(child.givenName(), (k) -> new ArrayList<>()).add(child);
		}
		Random ties = new Random(1);
		List<RecordPosterior> posteriors = new ArrayList<>(benchmark.records().size());
		Map<String, int[]> bySource = new TreeMap<>();
		int[] compatible = new int[6];
		int impossible = 0;
		for (SyntheticRecord record : benchmark.records()) {
			SyntheticChild child = byId.get(record.entityId());
			Mention mention = record.mention();
			double total = 0;
			double best = 0;
			List<SyntheticChild> likeliest = new ArrayList<>();
			int fitting = 0;
			for (SyntheticChild other : byName.get(child.givenName())) {
				double likelihood = likelihood(mention, child, other);
				if (likelihood <= 0) {
					continue;
				}
				fitting++;
				total += likelihood;
				if (likelihood > best * (1 + 1e-9)) {
					best = likelihood;
					likeliest.clear();
					likeliest.add(other);
				}
				else if (likelihood >= best * (1 - 1e-9)) {
					likeliest.add(other);
				}
			}
			if (likelihood(mention, child, child) <= 0) {
				impossible++;
			}
			@Nullable String chosen = likeliest.isEmpty() ? null : likeliest.get(ties.nextInt(likeliest.size())).entityId();
			double posterior = (total > 0) ? best / total : 0;
			posteriors.add(new RecordPosterior(record.recordId(), record.entityId(), fitting, posterior, chosen));
			compatible[Math.min(fitting, 5)]++;
			int[] counts = bySource.computeIfAbsent(mention.source(), (s) -> new int[3]);
			counts[0]++;
			counts[1] += (fitting == 1) ? 1 : 0;
			counts[2] += record.entityId().equals(chosen) ? 1 : 0;
		}
		Map<String, String> truth = new HashMap<>();
		for (SyntheticRecord record : benchmark.records()) {
			truth.put(record.recordId(), record.entityId());
		}
		List<Threshold> thresholds = new ArrayList<>();
		for (double threshold : THRESHOLDS) {
			Map<String, String> clusters = new HashMap<>();
			for (RecordPosterior p : posteriors) {
				boolean attach = p.chosenEntity() != null && p.posterior() >= threshold;
				clusters.put(p.recordId(), attach ? p.chosenEntity() : "alone:" + p.recordId());
			}
			thresholds.add(new Threshold(threshold, PairwiseEvaluation.score(truth, clusters)));
		}
		Map<String, SourceCount> sources = new LinkedHashMap<>();
		bySource.forEach((source, c) -> sources.put(source, new SourceCount(c[0], c[1], c[2])));
		return new Result(posteriors, compatible, sources, thresholds, impossible);
	}

	/**
	 * The chance that a source writes {@code mention} of child {@code other}, up to a
	 * factor common to all children, given that it was written of {@code child}: every
	 * field the record states must be the other child's too, and the birth date must be
	 * one the source's habits could have made of the other child's.
	 */
	private double likelihood(Mention mention, SyntheticChild child, SyntheticChild other) {
		if (!other.givenName().equals(child.givenName())
				|| !mention.settlement().isEmpty() && !other.settlement().equals(child.settlement())
				|| !mention.oblast().isEmpty() && !other.settlement().oblast().equals(child.settlement().oblast())) {
			return 0;
		}
		LocalDate birth = other.birthDate();
		String date = mention.birthDate();
		String source = mention.source();
		if (source.equals(RuAdoptionDatabase.NAME)) {
			return adoption(mention, child, other);
		}
		boolean familyStated = !mention.familyName().isEmpty() || source.equals(OfficialList.NAME);
		if (familyStated && !other.surname().equals(child.surname())
				|| !mention.patronymic().isEmpty() && !other.father().equals(child.father())) {
			return 0;
		}
		if (date.isEmpty()) {
			return 1;
		}
		return switch (source) {
			case OfficialList.NAME -> (1 - OfficialList.SWAPPED) * same(date, birth)
					+ OfficialList.SWAPPED * (date.equals(BirthDates.daySwapped(birth)) ? 1 : 0);
			case News.NAME -> (date.length() > 4) ? same(date, birth) : (1 - News.YEAR_OFF) * same(date, birth)
					+ News.YEAR_OFF * (Integer.parseInt(date) == birth.getYear() - 1 ? 1 : 0);
			case FamilyRequest.NAME -> remembered(date, birth);
			default -> same(date, birth);
		};
	}

	/*
	 * A Russian database keeps the surname (and the patronymic) or gives new ones, and
	 * then shifts the birth date more often.
	 */
	private double adoption(Mention mention, SyntheticChild child, SyntheticChild other) {
		Sex sex = child.sex();
		String family = mention.familyName().toLowerCase(Locale.ROOT);
		boolean ownSurname = edits(family, child.surname().ru(sex).toLowerCase(Locale.ROOT)) <= 2;
		boolean surnameFits = ownSurname ? other.surname().equals(child.surname())
				: edits(family, other.surname().ru(sex).toLowerCase(Locale.ROOT)) <= 1;
		String patronymic = mention.patronymic().toLowerCase(Locale.ROOT);
		boolean ownFather = edits(patronymic, child.father().ruPatronymic(sex).toLowerCase(Locale.ROOT)) <= 2;
		boolean fatherFits = patronymic.isEmpty() || (ownFather ? other.father().equals(child.father())
				: edits(patronymic, other.father().ruPatronymic(sex).toLowerCase(Locale.ROOT)) <= 1);
		double kept = (surnameFits && fatherFits)
				? shifted(mention.birthDate(), other.birthDate(), RuAdoptionDatabase.SHIFTED_IF_KEPT) : 0;
		double newFather = patronymic.isEmpty() ? 1 : this.lexicon.fatherShare(mention.patronymic(), sex);
		double fathers = patronymic.isEmpty() ? 1 : (1 - RuAdoptionDatabase.NEW_FATHER) * (fatherFits ? 1 : 0)
				+ RuAdoptionDatabase.NEW_FATHER * newFather;
		double renamed = this.lexicon.adoptiveSurnameShare(mention.familyName(), sex) * fathers
				* shifted(mention.birthDate(), other.birthDate(), RuAdoptionDatabase.SHIFTED_IF_RENAMED);
		return (1 - RuAdoptionDatabase.RENAMED) * kept + RuAdoptionDatabase.RENAMED * renamed;
	}

	private static double shifted(String date, LocalDate birth, double shiftChance) {
		if (date.isEmpty()) {
			return 1;
		}
		LocalDate written = LocalDate.parse(date);
		return (1 - shiftChance) * (written.equals(birth) ? 1 : 0)
				+ shiftChance * BirthDates.shiftProbability(birth, written);
	}

	private static double remembered(String date, LocalDate birth) {
		double likelihood = (1 - FamilyRequest.MISREMEMBERED) * same(date, birth);
		int days = 2 * FamilyRequest.DAYS_OFF + 1;
		for (int off = -FamilyRequest.DAYS_OFF; off <= FamilyRequest.DAYS_OFF; off++) {
			likelihood += FamilyRequest.MISREMEMBERED / days * same(date, birth.plusDays(off));
		}
		return likelihood;
	}

	/*
	 * 1 when a date written to the year, month or day is the birth date at that
	 * precision.
	 */
	private static double same(String date, LocalDate birth) {
		return date.equals(birth.toString().substring(0, date.length())) ? 1 : 0;
	}

	/* Levenshtein distance. */
	static int edits(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), substitution);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/**
	 * What the oracle made of one record.
	 *
	 * @param recordId the record
	 * @param entityId its true child
	 * @param compatible how many children could have been written so
	 * @param posterior the chance of the likeliest of them
	 * @param chosenEntity the likeliest child (ties broken at random), or {@code null}
	 */
	public record RecordPosterior(String recordId, String entityId, int compatible, double posterior,
			@Nullable String chosenEntity) {
	}

	/**
	 * Records of one source.
	 *
	 * @param records how many
	 * @param unique how many fit exactly one child
	 * @param rightlyAssigned how many the oracle assigns to their true child
	 */
	public record SourceCount(int records, int unique, int rightlyAssigned) {
	}

	/**
	 * The pairwise score when the oracle attaches only records whose likeliest child has
	 * at least this posterior, and leaves the others alone.
	 *
	 * @param posterior the threshold
	 * @param score pairwise precision, recall and F1
	 */
	public record Threshold(double posterior, PairwiseScore score) {
	}

	/**
	 * The oracle's result.
	 *
	 * @param records every record's posterior, in the benchmark's order
	 * @param compatible how many records fit 0, 1, 2, 3, 4 and 5 or more children
	 * @param sources counts by source
	 * @param thresholds the scores at each threshold
	 * @param impossible records whose own child the oracle's model cannot produce (0
	 * while the model covers every habit of the generator)
	 */
	public record Result(List<RecordPosterior> records, int[] compatible, Map<String, SourceCount> sources,
			List<Threshold> thresholds, int impossible) {

		/**
		 * The best F1 among the thresholds whose precision reaches a floor.
		 * @param precision the floor
		 * @return that threshold
		 */
		public Threshold bestAtPrecision(double precision) {
			@Nullable Threshold best = null;
			for (Threshold t : this.thresholds) {
				if (t.score().precision() >= precision && (best == null || t.score().f1() > best.score().f1())) {
					best = t;
				}
			}
			if (best == null) {
				throw new IllegalStateException("no threshold reaches precision " + precision);
			}
			return best;
		}

	}

}
