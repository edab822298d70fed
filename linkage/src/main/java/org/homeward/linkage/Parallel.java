package org.homeward.linkage;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
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

}
