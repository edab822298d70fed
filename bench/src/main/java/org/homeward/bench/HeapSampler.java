package org.homeward.bench;

/**
 * Samples used heap every few milliseconds on a daemon thread and keeps the largest value
 * seen: the peak heap of a run, including the input records it holds.
 */
final class HeapSampler implements AutoCloseable {

	private static final long INTERVAL_MILLIS = 5;

	private final Thread thread;

	private volatile boolean running = true;

	private volatile long peakBytes;

	/**
	 * Starts sampling.
	 */
	HeapSampler() {
		this.peakBytes = used();
		this.thread = new Thread(this::sample, "heap-sampler");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Returns the peak so far.
	 * @return the largest used heap seen, in bytes
	 */
	long peakBytes() {
		return Math.max(this.peakBytes, used());
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.thread.join();
	}

	private void sample() {
		while (this.running) {
			this.peakBytes = Math.max(this.peakBytes, used());
			try {
				Thread.sleep(INTERVAL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static long used() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
