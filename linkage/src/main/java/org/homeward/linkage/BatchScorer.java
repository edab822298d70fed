package org.homeward.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Scores every candidate pair of a {@link Blocker} on all threads, block by block, and
 * keeps the pairs at or above the review weight, and the vetoed pairs at or above it as
 * cannot-link constraints. The inner loop allocates nothing but the growth of its
 * per-thread buffers.
 */
final class BatchScorer {

	private final Scorer scorer;

	private final List<PreparedRecord> records;

	private final boolean crossSourceOnly;

	private final double keepWeight;

	private final LongAdder compared = new LongAdder();

	/** Pairs kept by one worker: record indexes packed into longs, and weights. */
	static final class Kept {

		long[] pairs = new long[1024];

		float[] weights = new float[1024];

		int size;

		long[] cannotLinks = new long[16];

		int cannotLinkCount;

		void add(int i, int j, double weight) {
			if (this.size == this.pairs.length) {
				this.pairs = Arrays.copyOf(this.pairs, this.size * 2);
				this.weights = Arrays.copyOf(this.weights, this.size * 2);
			}
			this.pairs[this.size] = ((long) i << 32) | j;
			this.weights[this.size++] = (float) weight;
		}

		void addCannotLink(int i, int j) {
			if (this.cannotLinkCount == this.cannotLinks.length) {
				this.cannotLinks = Arrays.copyOf(this.cannotLinks, this.cannotLinkCount * 2);
			}
			this.cannotLinks[this.cannotLinkCount++] = ((long) i << 32) | j;
		}

	}

	BatchScorer(Scorer scorer, List<PreparedRecord> records, boolean crossSourceOnly, double keepWeight) {
		this.scorer = scorer;
		this.records = records;
		this.crossSourceOnly = crossSourceOnly;
		this.keepWeight = keepWeight;
	}

	long compared() {
		return this.compared.sum();
	}

	List<Kept> scoreAll(Blocker blocker, int threads) {
		List<Blocker.Block> blocks = blocker.blocks();
		int workers = Math.max(1, threads);
		List<Kept> results = new ArrayList<>();
		AtomicInteger next = new AtomicInteger();
		ForkJoinPool pool = new ForkJoinPool(workers);
		try {
			List<java.util.concurrent.Future<Kept>> futures = new ArrayList<>();
			for (int w = 0; w < workers; w++) {
				futures.add(pool.submit(() -> work(blocker, blocks, next)));
			}
			for (java.util.concurrent.Future<Kept> future : futures) {
				results.add(future.get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("scoring interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("scoring failed", ex.getCause());
		}
		finally {
			pool.shutdown();
		}
		return results;
	}

	/*
	 * Blocks are handed out in chunks of 64 from a shared counter: cheap, and balanced.
	 */
	private Kept work(Blocker blocker, List<Blocker.Block> blocks, AtomicInteger next) {
		Kept kept = new Kept();
		ScoringContext context = this.scorer.newContext();
		long pairs = 0;
		for (int start = next.getAndAdd(64); start < blocks.size(); start = next.getAndAdd(64)) {
			int end = Math.min(blocks.size(), start + 64);
			for (int b = start; b < end; b++) {
				pairs += scoreBlock(blocker, blocks.get(b), context, kept);
			}
		}
		this.compared.add(pairs);
		return kept;
	}

	private long scoreBlock(Blocker blocker, Blocker.Block block, ScoringContext context, Kept kept) {
		int[] members = block.members();
		int fields = this.scorer.fieldCount();
		long pairs = 0;
		for (int x = 0; x < members.length; x++) {
			int i = members[x];
			PreparedRecord a = this.records.get(i);
			for (int y = x + 1; y < block.partnersEnd(x); y++) {
				int j = members[y];
				PreparedRecord b = this.records.get(j);
				if ((this.crossSourceOnly && a.sourceId == b.sourceId) || !blocker.firstMetIn(block.rule(), i, j)) {
					continue;
				}
				pairs++;
				double weight = this.scorer.weigh(a, b, context);
				if ((context.levels[fields] & Scorer.VETOED) != 0) {
					if (weight >= this.keepWeight) {
						kept.addCannotLink(i, j);
					}
				}
				else if (weight >= this.keepWeight) {
					kept.add(Math.min(i, j), Math.max(i, j), weight);
				}
			}
		}
		return pairs;
	}

}
