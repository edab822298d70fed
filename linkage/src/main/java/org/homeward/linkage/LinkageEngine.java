package org.homeward.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The linkage engine: prepares records, scores pairs with Fellegi–Sunter weights and
 * links whole lists into clusters. This is the public, stable API for applications and
 * benchmarks:
 * <ul>
 * <li>{@link #prepare(InputRecord)} then {@link #score(PreparedRecord, PreparedRecord)}
 * or {@link #explain(PreparedRecord, PreparedRecord)}: score one pair of prepared records
 * (allocation-free for {@code score}, thread-safe);</li>
 * <li>{@link #link(List)}: block, estimate the model (EM), score on all threads and
 * cluster a list of records.</li>
 * </ul>
 * An engine is immutable and thread-safe; {@link #withModel(FellegiSunterModel)} gives
 * one that shares the name-feature cache but scores with another model.
 */
public final class LinkageEngine {

	/** The weight {@link #score} returns for a vetoed pair (the given names differ). */
	public static final double VETO_WEIGHT = -100;

	private final LinkageOptions options;

	private final RecordPreparer preparer;

	private final Scorer scorer;

	/*
	 * One scoring context per thread, reused by every score call: allocating a fresh one
	 * per pair, without the Jaro–Winkler memo, held PairScoringBenchmark at 0.85 M
	 * pairs/s on one thread (see BENCHMARKS.md). The memo keys are this preparer's
	 * interned ids, so the contexts belong to this engine.
	 */
	private final ThreadLocal<ScoringContext> contexts;

	private LinkageEngine(LinkageOptions options, RecordPreparer preparer, FellegiSunterModel model) {
		this.options = options;
		this.preparer = preparer;
		this.scorer = new Scorer(model);
		this.contexts = ThreadLocal.withInitial(this.scorer::newContext);
	}

	/**
	 * An engine with the given options and the profile's default model.
	 * @param options the options
	 * @return the engine
	 */
	public static LinkageEngine create(LinkageOptions options) {
		return new LinkageEngine(options, new RecordPreparer(options.profile()),
				FellegiSunterModel.defaults(options.profile()));
	}

	/**
	 * An engine with default options for a profile.
	 * @param profile the profile, such as {@link FieldProfile#person()}
	 * @return the engine
	 */
	public static LinkageEngine create(FieldProfile profile) {
		return create(LinkageOptions.defaults(profile));
	}

	/**
	 * The same engine scoring with another model (for example one returned by
	 * {@link LinkageResult#model()}).
	 * @param model a model of the same profile
	 * @return the engine
	 */
	public LinkageEngine withModel(FellegiSunterModel model) {
		if (!model.profile().equals(this.options.profile())) {
			throw new IllegalArgumentException("model belongs to profile " + model.profile().name());
		}
		return new LinkageEngine(this.options, this.preparer, model);
	}

	/**
	 * The same engine (sharing the name-feature cache and the prepared records' interned
	 * ids) deciding with other thresholds.
	 * @param matchProbability pairs at or above this posterior probability are linked
	 * @param reviewProbability pairs at or above this one go to review
	 * @return the engine
	 * @throws IllegalArgumentException unless {@code 0 < review <= match < 1}
	 */
	public LinkageEngine withThresholds(double matchProbability, double reviewProbability) {
		LinkageOptions o = this.options;
		return new LinkageEngine(new LinkageOptions(o.profile(), matchProbability, reviewProbability, o.maxBlockSize(),
				o.threads(), o.trainingPairs(), o.seed()), this.preparer, this.scorer.model);
	}

	/**
	 * Whether records prepared by this engine and by the other one can be scored
	 * together: they share one preparer (see {@link #withModel} and
	 * {@link #withThresholds}).
	 * @param other another engine
	 * @return whether they share the preparer
	 */
	public boolean sharesPreparationWith(LinkageEngine other) {
		return this.preparer == other.preparer;
	}

	RecordPreparer preparer() {
		return this.preparer;
	}

	/**
	 * The options.
	 * @return the options
	 */
	public LinkageOptions options() {
		return this.options;
	}

	/**
	 * The model {@link #score} uses.
	 * @return the model
	 */
	public FellegiSunterModel model() {
		return this.scorer.model;
	}

	/**
	 * Prepares one record: normalises and romanises its names (cached per distinct name),
	 * parses its dates.
	 * @param record the record
	 * @return the prepared record (without term-frequency weights)
	 * @throws FieldFormatException when a date or sex value is malformed
	 */
	public PreparedRecord prepare(InputRecord record) {
		return this.preparer.prepare(record);
	}

	/**
	 * Checks the values that can be malformed (dates, sex) without preparing the record.
	 * @param record the record
	 * @throws FieldFormatException naming the first malformed field
	 */
	public void validate(InputRecord record) {
		this.preparer.validate(record);
	}

	/*
	 * Interned ids decide the blocking keys, hence the order of the blocks, the pairs EM
	 * samples and the order equal weights are clustered in. Preparing on all threads
	 * interned in the order the threads happened to run, and two-thread runs gave other
	 * models and clusters run to run. The costly part, the name features, is computed on
	 * the other threads without interning; the records are prepared in input order on one
	 * thread, so ids follow the input alone. The two run side by side: the other threads
	 * compute the features of records ahead of the one that interns, which computes a
	 * name itself when it gets there first (a name's features are the same whoever
	 * computes them). Computing all features first and interning after took 23 + 30 ms on
	 * FEBRL 4 in steady state (see BENCHMARKS.md, section 6d).
	 */
	/**
	 * Prepares a batch (name features on all threads, interning in input order) and sets
	 * term-frequency weights from the batch.
	 * @param records the records
	 * @return prepared records in input order
	 * @throws FieldFormatException when a value is malformed
	 */
	public List<PreparedRecord> prepareAll(List<InputRecord> records) {
		PreparedRecord[] prepared = new PreparedRecord[records.size()];
		try {
			Parallel.pipeline(records.size(), this.options.threads(), (i) -> this.preparer.read(records.get(i)),
					(read, i) -> prepared[i] = this.preparer.prepare(records.get(i), read));
		}
		finally {
			this.preparer.dropDrafts();
		}
		List<PreparedRecord> list = Arrays.asList(prepared);
		this.preparer.fillTermWeights(list);
		return list;
	}

	/**
	 * Scores one pair: the sum of the field weights in bits, or {@link #VETO_WEIGHT} when
	 * the given names disagree. Allocation-free after the first call on a thread (which
	 * creates that thread's scratch context); thread-safe.
	 * @param a a prepared record
	 * @param b another prepared record
	 * @return the total weight
	 */
	public double score(PreparedRecord a, PreparedRecord b) {
		ScoringContext context = this.contexts.get();
		double weight = this.scorer.weigh(a, b, context);
		return ((context.levels[this.scorer.fieldCount()] & Scorer.VETOED) != 0) ? VETO_WEIGHT : weight;
	}

	/**
	 * Explains one pair field by field.
	 * @param a a prepared record
	 * @param b another prepared record
	 * @return the explanation, whose field weights add up to its total weight
	 */
	public PairExplanation explain(PreparedRecord a, PreparedRecord b) {
		ScoringContext context = new ScoringContext(this.scorer.fieldCount(), false);
		double total = this.scorer.weigh(a, b, context);
		int[] levels = context.levels;
		int flags = levels[levels.length - 1];
		boolean swapped = (flags & PairComparer.SWAPPED) != 0;
		boolean vetoed = (flags & Scorer.VETOED) != 0;
		List<FieldWeight> fields = new ArrayList<>();
		for (int f = 0; f < this.scorer.fieldCount(); f++) {
			double adjustment = swapped ? 0 : this.scorer.termAdjustment(f, a, b, levels[f]);
			fields.add(new FieldWeight(this.options.profile().fields().get(f).name(), ComparisonLevel.of(levels[f]),
					this.scorer.model.weights[f][levels[f]] + adjustment, adjustment));
		}
		double probability = vetoed ? 0 : this.scorer.model.probability(total);
		return new PairExplanation(a.id, b.id, total, probability, decide(total, vetoed), swapped, vetoed, fields);
	}

	/**
	 * What the thresholds say about a weight.
	 * @param weight a total weight from {@link #score}
	 * @return the decision
	 */
	public Decision decide(double weight) {
		return decide(weight, weight <= VETO_WEIGHT);
	}

	private Decision decide(double weight, boolean vetoed) {
		double probability = this.scorer.model.probability(weight);
		if (vetoed || probability < this.options.reviewProbability()) {
			return Decision.NON_MATCH;
		}
		return (probability >= this.options.matchProbability()) ? Decision.MATCH : Decision.REVIEW;
	}

	/**
	 * Links a list of records: prepares them, blocks, estimates the model (u by random
	 * pairs, m and λ by EM), scores all candidate pairs on
	 * {@link LinkageOptions#threads()} threads and clusters the matches, respecting
	 * cannot-link constraints.
	 * @param records records with unique ids
	 * @return clusters, pairs above the review threshold, model and statistics
	 * @throws FieldFormatException when a value is malformed
	 */
	public LinkageResult link(List<InputRecord> records) {
		long start = System.nanoTime();
		List<PreparedRecord> prepared = prepareAll(records);
		return new LinkageRun(this.options, prepared, (System.nanoTime() - start) / 1_000_000, this.scorer.model).run();
	}

	/**
	 * Links records prepared by {@link #prepareAll(List)}, as {@link #link(List)} does.
	 * @param prepared the prepared records, with unique ids
	 * @return clusters, pairs above the review threshold, model and statistics
	 */
	public LinkageResult linkPrepared(List<PreparedRecord> prepared) {
		return new LinkageRun(this.options, prepared, 0, this.scorer.model).run();
	}

	/**
	 * Measures blocking against known true pairs: the share of them that blocking makes
	 * candidate pairs (pair completeness).
	 * @param prepared records prepared by {@link #prepareAll(List)}
	 * @param truePairs pairs of record ids known to be matches
	 * @return the report
	 */
	public BlockingReport assessBlocking(List<PreparedRecord> prepared, List<List<String>> truePairs) {
		Blocker blocker = new Blocker(this.options.profile(), prepared, this.options.maxBlockSize());
		java.util.Map<String, Integer> index = new java.util.HashMap<>();
		for (int i = 0; i < prepared.size(); i++) {
			index.put(prepared.get(i).id, i);
		}
		int found = 0;
		int known = 0;
		for (List<String> pair : truePairs) {
			Integer i = index.get(pair.get(0));
			Integer j = index.get(pair.get(1));
			if (i != null && j != null) {
				known++;
				found += blocker.sharesOpenBlock(i, j) ? 1 : 0;
			}
		}
		return new BlockingReport(known, found, blocker.candidatePairUpperBound(), blocker.blocksOverCap());
	}

}
