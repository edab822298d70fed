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

		void addAll(Kept other, int pairFrom, int pairTo, int cannotFrom, int cannotTo) {
			for (int k = pairFrom; k < pairTo; k++) {
				add((int) (other.pairs[k] >>> 32), (int) other.pairs[k], other.weights[k]);
			}
			for (int k = cannotFrom; k < cannotTo; k++) {
				addCannotLink((int) (other.cannotLinks[k] >>> 32), (int) other.cannotLinks[k]);
			}
		}

	}

	/*
	 * Where each chunk of blocks lies in the buffers of the worker that scored it: chunk
	 * c's pairs are pairs[pairFrom[c] .. pairTo[c]) of worker[c], and likewise its
	 * cannot-links. Each chunk is written by one worker and read after all have finished.
	 */
	private static final class Chunks {

		final int[] worker;

		final int[] pairFrom;

		final int[] pairTo;

		final int[] cannotFrom;

		final int[] cannotTo;

		Chunks(int count) {
			this.worker = new int[count];
			this.pairFrom = new int[count];
			this.pairTo = new int[count];
			this.cannotFrom = new int[count];
			this.cannotTo = new int[count];
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

	/**
	 * Scores all blocks.
	 * @return the kept pairs and cannot-links in block order, whatever the number of
	 * threads and their timing
	 */
	List<Kept> scoreAll(Blocker blocker, int threads) {
		List<Blocker.Block> blocks = blocker.blocks();
		int workers = Math.max(1, threads);
		Chunks chunks = new Chunks((blocks.size() + CHUNK - 1) / CHUNK);
		List<Kept> results = new ArrayList<>();
		AtomicInteger next = new AtomicInteger();
		ForkJoinPool pool = new ForkJoinPool(workers);
		try {
			List<java.util.concurrent.Future<Kept>> futures = new ArrayList<>();
			for (int w = 0; w < workers; w++) {
				int worker = w;
				futures.add(pool.submit(() -> work(blocker, blocks, next, worker, chunks)));
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
		return List.of(inBlockOrder(results, chunks));
	}

	/*
	 * Workers take chunks in the order they happen to finish, so their buffers hold the
	 * pairs in an order that varies from run to run, and equal weights were clustered in
	 * that order. Putting the chunks back in block order makes the list the same as on
	 * one thread.
	 */
	private static Kept inBlockOrder(List<Kept> results, Chunks chunks) {
		if (results.size() == 1) {
			return results.get(0);
		}
		Kept merged = new Kept();
		for (int c = 0; c < chunks.worker.length; c++) {
			merged.addAll(results.get(chunks.worker[c]), chunks.pairFrom[c], chunks.pairTo[c], chunks.cannotFrom[c],
					chunks.cannotTo[c]);
		}
		return merged;
	}

	/*
	 * Blocks are handed out in chunks of 64 from a shared counter: cheap, and balanced.
	 */
	private static final int CHUNK = 64;

	private Kept work(Blocker blocker, List<Blocker.Block> blocks, AtomicInteger next, int worker, Chunks chunks) {
		Kept kept = new Kept();
		ScoringContext context = this.scorer.newContext();
		long pairs = 0;
		for (int start = next.getAndAdd(CHUNK); start < blocks.size(); start = next.getAndAdd(CHUNK)) {
			int end = Math.min(blocks.size(), start + CHUNK);
			int c = start / CHUNK;
			chunks.worker[c] = worker;
			chunks.pairFrom[c] = kept.size;
			chunks.cannotFrom[c] = kept.cannotLinkCount;
			for (int b = start; b < end; b++) {
				pairs += scoreBlock(blocker, blocks.get(b), context, kept);
			}
			chunks.pairTo[c] = kept.size;
			chunks.cannotTo[c] = kept.cannotLinkCount;
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
				double weight = this.scorer.weighAtLeast(a, b, context, this.keepWeight);
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
