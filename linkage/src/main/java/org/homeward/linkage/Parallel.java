package org.homeward.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
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

	/**
	 * Runs {@code finish} for 0 to {@code count - 1} in that order on the calling thread,
	 * on the result of {@code start} for the same index, while {@code threads - 1} helper
	 * threads run {@code start} for indexes ahead of it. Indexes are taken a chunk at a
	 * time by whichever thread claims the chunk first, so no {@code start} runs twice:
	 * the calling thread starts what no helper has claimed when it gets there, and while
	 * it waits for a helper's chunk it starts later chunks itself. {@code start} must be
	 * a pure function of the index and safe alongside {@code finish} (then the results do
	 * not depend on which thread ran it). A {@code start} that fails ahead of the calling
	 * thread is run again when that thread gets there, so its exception comes in order.
	 * Returns when {@code finish} has run for every index and the helpers have stopped.
	 */
	static <T> void pipeline(int count, int threads, IntFunction<T> start, ObjIntConsumer<T> finish) {
		if (threads <= 1 || count < 2 * Pipeline.CHUNK) {
			for (int i = 0; i < count; i++) {
				finish.accept(start.apply(i), i);
			}
			return;
		}
		new Pipeline<>(count, start).run(threads, finish);
	}

	/** The shared state of one {@link Parallel#pipeline} run. */
	private static final class Pipeline<T> {

		/* Indexes claimed at a time. */
		static final int CHUNK = 64;

		/* How many chunks may be started ahead of the chunk being finished. */
		private static final int MAX_CHUNKS_AHEAD = 256;

		private static final Object FAILED = new Object();

		private final int count;

		private final int chunks;

		private final IntFunction<T> start;

		/* Per chunk: 0 while unclaimed, 1 once a thread has claimed it. */
		private final AtomicIntegerArray claims;

		/* Results of start by index, until finished; FAILED when start threw. */
		private final AtomicReferenceArray<Object> started;

		private final AtomicInteger nextChunk = new AtomicInteger();

		private final AtomicInteger finishing = new AtomicInteger();

		Pipeline(int count, IntFunction<T> start) {
			this.count = count;
			this.chunks = (count + CHUNK - 1) / CHUNK;
			this.start = start;
			this.claims = new AtomicIntegerArray(this.chunks);
			this.started = new AtomicReferenceArray<>(count);
		}

		void run(int threads, ObjIntConsumer<T> finish) {
			List<Thread> helpers = new ArrayList<>();
			for (int t = 1; t < threads; t++) {
				Thread helper = new Thread(this::help, "homeward-pipeline-" + t);
				helper.setDaemon(true);
				helpers.add(helper);
				helper.start();
			}
			try {
				for (int c = 0; c < this.chunks; c++) {
					this.finishing.set(c);
					boolean mine = this.claims.compareAndSet(c, 0, 1);
					for (int i = c * CHUNK, end = Math.min(this.count, i + CHUNK); i < end; i++) {
						finish.accept(mine ? this.start.apply(i) : awaitStarted(i), i);
					}
				}
			}
			finally {
				this.finishing.set(this.chunks);
				joinAll(helpers);
			}
		}

		@SuppressWarnings("unchecked")
		private T awaitStarted(int i) {
			Object value;
			while ((value = this.started.getAndSet(i, null)) == null) {
				if (!startNextChunk()) {
					Thread.onSpinWait();
				}
			}
			return (value == FAILED) ? this.start.apply(i) : (T) value;
		}

		private void help() {
			while (this.nextChunk.get() < this.chunks && this.finishing.get() < this.chunks) {
				if (!startNextChunk()) {
					LockSupport.parkNanos(100_000);
				}
			}
		}

		/*
		 * Claims the next chunk nobody has claimed and starts its indexes; false when
		 * none is left within reach. What start throws is kept as FAILED: the finishing
		 * thread runs that index again when it gets there, so the exception comes in
		 * order.
		 */
		private boolean startNextChunk() {
			int c = this.nextChunk.get();
			while (c < this.chunks && (c < this.finishing.get() || this.claims.get(c) != 0)) {
				this.nextChunk.compareAndSet(c, c + 1);
				c = this.nextChunk.get();
			}
			if (c >= this.chunks || c > this.finishing.get() + MAX_CHUNKS_AHEAD
					|| !this.claims.compareAndSet(c, 0, 1)) {
				return false;
			}
			for (int i = c * CHUNK, end = Math.min(this.count, i + CHUNK); i < end; i++) {
				Object value;
				try {
					value = this.start.apply(i);
				}
				catch (RuntimeException | Error ex) {
					value = FAILED;
				}
				this.started.set(i, value);
			}
			return true;
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
