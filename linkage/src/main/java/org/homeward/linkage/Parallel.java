package org.homeward.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs index loops on a pool of a chosen size.
 */
final class Parallel {

	private Parallel() {
	}

	static void forEach(int count, int threads, IntConsumer body) {
		forEach(count, threads, 1000, body);
	}

	/**
	 * Runs {@code body} for 0 to {@code count - 1}, in parallel when there are at least
	 * {@code parallelFrom} indexes.
	 */
	static void forEach(int count, int threads, int parallelFrom, IntConsumer body) {
		if (threads <= 1 || count < parallelFrom || count < 2) {
			IntStream.range(0, count).forEach(body);
			return;
		}
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			pool.submit(() -> IntStream.range(0, count).parallel().forEach(body)).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdown();
		}
	}

	/* Indexes a helper claims at a time in aheadOf. */
	private static final int AHEAD_CHUNK = 64;

	/**
	 * Runs {@code inOrder} for 0 to {@code count - 1} in that order on the calling thread
	 * while {@code threads - 1} helper threads run {@code ahead} for indexes the calling
	 * thread has not reached yet, in chunks, skipping what it has passed. {@code ahead}
	 * must be a pure preparation that {@code inOrder} can do without (so nothing depends
	 * on which indexes the helpers reach), must be safe alongside {@code inOrder}, and
	 * must not throw. Returns when {@code inOrder} has run for every index and the
	 * helpers have stopped.
	 */
	static void aheadOf(int count, int threads, IntConsumer ahead, IntConsumer inOrder) {
		if (threads <= 1 || count < 2 * AHEAD_CHUNK) {
			for (int i = 0; i < count; i++) {
				inOrder.accept(i);
			}
			return;
		}
		AtomicInteger claimed = new AtomicInteger();
		AtomicInteger reached = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		List<Thread> helpers = new ArrayList<>();
		for (int t = 1; t < threads; t++) {
			Thread helper = new Thread(() -> {
				try {
					for (int from = claimed.getAndIncrement() * AHEAD_CHUNK; from < count
							&& reached.get() < count; from = claimed.getAndIncrement() * AHEAD_CHUNK) {
						int to = Math.min(count, from + AHEAD_CHUNK);
						for (int i = Math.max(from, reached.get()); i < to; i++) {
							ahead.accept(i);
						}
					}
				}
				catch (RuntimeException | Error ex) {
					failure.compareAndSet(null, ex);
				}
			}, "homeward-ahead-" + t);
			helper.setDaemon(true);
			helpers.add(helper);
			helper.start();
		}
		try {
			for (int i = 0; i < count; i++) {
				inOrder.accept(i);
				if ((i & (AHEAD_CHUNK - 1)) == 0) {
					reached.set(i);
				}
			}
		}
		finally {
			reached.set(count);
			joinAll(helpers);
		}
		if (failure.get() instanceof RuntimeException ex) {
			throw ex;
		}
		if (failure.get() instanceof Error error) {
			throw error;
		}
	}

	private static void joinAll(List<Thread> helpers) {
		boolean interrupted = false;
		for (Thread helper : helpers) {
			while (helper.isAlive()) {
				try {
					helper.join();
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
