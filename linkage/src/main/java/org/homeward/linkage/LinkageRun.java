package org.homeward.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One run of {@link LinkageEngine#link(List)}: block, train, score, cluster.
 */
final class LinkageRun {

	private final LinkageOptions options;

	private final List<PreparedRecord> records;

	private final long prepareMillis;

	private final FellegiSunterModel startModel;

	/*
	 * A lone record joins its sole candidate cluster from this posterior on (see
	 * SoleCandidateAttachment). On the synthetic benchmark (seed 7) 0.5 raised recall
	 * from 0.61 to 0.74 for 1.3 points of precision; 0.3 gained 1.2 points of recall more
	 * for 0.7 points of precision, 0.7 only 0.10 of recall.
	 */
	static final double ATTACH_PROBABILITY = 0.5;

	/*
	 * A cluster is split where a single matching pair below this posterior is all that
	 * holds two groups of two or more records together (WeakBridgeSplitter). At 20,000
	 * children (seeds 1 and 2) this gave +0.0009 and +0.0012 precision for -0.0028 and
	 * -0.0038 recall; at 0.999, counting pairs from the attachment weight as evidence, it
	 * cut almost nothing.
	 */
	static final double BRIDGE_PROBABILITY = 0.99999;

	LinkageRun(LinkageOptions options, List<PreparedRecord> records, long prepareMillis,
			FellegiSunterModel startModel) {
		this.options = options;
		this.records = records;
		this.prepareMillis = prepareMillis;
		this.startModel = startModel;
	}

	LinkageResult run() {
		long start = System.nanoTime();
		List<PreparedRecord> records = this.records;
		FieldProfile profile = this.options.profile();
		Blocker blocker = new Blocker(profile, records, this.options.maxBlockSize());
		FellegiSunterModel model = new ModelTrainer(new Scorer(this.startModel), records, profile.crossSourceOnly(),
				this.options.seed(), this.options.threads())
			.train(blocker, this.options.trainingPairs());
		long trained = System.nanoTime();
		double reviewWeight = model.weightFor(this.options.reviewProbability());
		double matchWeight = model.weightFor(this.options.matchProbability());
		BatchScorer batch = new BatchScorer(new Scorer(model), records, profile.crossSourceOnly(), reviewWeight);
		List<BatchScorer.Kept> kept = batch.scoreAll(blocker, this.options.threads());
		long scored = System.nanoTime();
		ScoredPairs sorted = ScoredPairs.strongestFirst(kept);
		RecordConflicts conflicts = new RecordConflicts(new Scorer(model), records);
		ClusterBuilder clusters = new ClusterBuilder(records.size(), conflicts);
		long cannotLinks = addCannotLinks(clusters, kept);
		List<ScoredPair> pairs = clusterAndList(clusters, sorted, model, matchWeight, conflicts);
		int[] numbers = clusters.clusterNumbers();
		int clusterCount = Arrays.stream(numbers).max().orElse(-1) + 1;
		long end = System.nanoTime();
		LinkageStats stats = new LinkageStats(records.size(), batch.compared(), blocker.blocksOverCap(), pairs.size(),
				cannotLinks, clusters.refusedMerges(), clusterCount, this.prepareMillis, millis(start, trained),
				millis(trained, scored), this.prepareMillis + millis(start, end));
		List<String> ids = records.stream().map(PreparedRecord::id).toList();
		return new LinkageResult(ids, numbers, pairs, model, stats);
	}

	private static long addCannotLinks(ClusterBuilder clusters, List<BatchScorer.Kept> kept) {
		long count = 0;
		for (BatchScorer.Kept part : kept) {
			for (int k = 0; k < part.cannotLinkCount; k++) {
				long pair = part.cannotLinks[k];
				clusters.addCannotLink((int) (pair >>> 32), (int) pair);
				count++;
			}
		}
		return count;
	}

	private List<ScoredPair> clusterAndList(ClusterBuilder clusters, ScoredPairs sorted, FellegiSunterModel model,
			double matchWeight, RecordConflicts conflicts) {
		int distinct = sorted.count;
		long[] sortedPairs = sorted.pairs;
		float[] sortedWeights = sorted.weights;
		boolean[] matched = new boolean[distinct];
		boolean[] ambiguous = AmbiguousRecords.find(this.records.size(), sorted, matchWeight, conflicts);
		for (int k = 0; k < distinct; k++) {
			int i = (int) (sortedPairs[k] >>> 32);
			int j = (int) sortedPairs[k];
			matched[k] = sortedWeights[k] >= matchWeight && !ambiguous[i] && !ambiguous[j] && clusters.union(i, j);
		}
		splitAtWeakBridges(clusters, sorted, matched, model, matchWeight);
		boolean[] attached = attachSoleCandidates(clusters, sortedPairs, sortedWeights, matched, distinct, model,
				matchWeight);
		List<ScoredPair> scored = new ArrayList<>(distinct);
		for (int k = 0; k < distinct; k++) {
			int i = (int) (sortedPairs[k] >>> 32);
			int j = (int) sortedPairs[k];
			double weight = sortedWeights[k];
			Decision decision = (matched[k] || attached[k]) ? Decision.MATCH : Decision.REVIEW;
			scored.add(new ScoredPair(this.records.get(i).id, this.records.get(j).id, weight, model.probability(weight),
					decision));
		}
		return scored;
	}

	private static void splitAtWeakBridges(ClusterBuilder clusters, ScoredPairs sorted, boolean[] matched,
			FellegiSunterModel model, double matchWeight) {
		WeakBridgeSplitter splitter = new WeakBridgeSplitter(sorted, matchWeight, model.weightFor(BRIDGE_PROBABILITY),
				2);
		clusters.regroup(splitter.split(clusters.clusterNumbers()));
		for (int k = 0; k < sorted.count; k++) {
			matched[k] &= clusters.find((int) (sorted.pairs[k] >>> 32)) == clusters.find((int) sorted.pairs[k]);
		}
	}

	private boolean[] attachSoleCandidates(ClusterBuilder clusters, long[] pairs, float[] weights, boolean[] matched,
			int count, FellegiSunterModel model, double matchWeight) {
		int open = 0;
		long[] openPairs = new long[count];
		float[] openWeights = new float[count];
		int[] position = new int[count];
		for (int k = 0; k < count; k++) {
			if (!matched[k] && weights[k] < matchWeight) {
				openPairs[open] = pairs[k];
				openWeights[open] = weights[k];
				position[open++] = k;
			}
		}
		double attachWeight = model.weightFor(ATTACH_PROBABILITY);
		boolean[] attachedOpen = SoleCandidateAttachment.attach(clusters, Arrays.copyOf(openPairs, open),
				Arrays.copyOf(openWeights, open), attachWeight);
		boolean[] attached = new boolean[count];
		for (int o = 0; o < open; o++) {
			attached[position[o]] = attachedOpen[o];
		}
		return attached;
	}

	private static long millis(long fromNanos, long toNanos) {
		return (toNanos - fromNanos) / 1_000_000;
	}

}
