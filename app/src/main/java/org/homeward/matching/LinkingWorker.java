package org.homeward.matching;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads behind {@link LinkingJobs}: one that runs the queued jobs one at a time,
 * and one that shows the running job's heartbeat and, in a serving process, checks every
 * two seconds for stale jobs and for jobs that other processes queued.
 */
final class LinkingWorker {

	/* Logs under LinkingJobs, whose part of the work this is. */
	private static final Logger log = LoggerFactory.getLogger(LinkingJobs.class);

	private final JdbcLinkingJobs jobs;

	private final LinkingJobRunner runner;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(daemon("linking-job"));

	private final ScheduledExecutorService scheduler = Executors
		.newSingleThreadScheduledExecutor(daemon("linking-heartbeat"));

	/** The job this process runs, or 0. */
	private final AtomicLong current = new AtomicLong();

	private volatile boolean started;

	LinkingWorker(JdbcLinkingJobs jobs, LinkingJobRunner runner, Clock clock) {
		this.jobs = jobs;
		this.runner = runner;
		this.clock = clock;
	}

	/** Lets {@link #kick()} run queued jobs from now on. */
	void start() {
		this.started = true;
	}

	/**
	 * Every two seconds from now: shows the heartbeat, puts stale jobs back in the queue
	 * and runs the queued ones.
	 */
	void checkEveryFewSeconds() {
		this.scheduler.scheduleWithFixedDelay(this::tick, 0, 2, TimeUnit.SECONDS);
	}

	/** Shows the heartbeat of the job this process runs every two seconds from now. */
	void beatEveryFewSeconds() {
		this.scheduler.scheduleWithFixedDelay(this::beat, 2, 2, TimeUnit.SECONDS);
	}

	void stop() {
		this.scheduler.shutdownNow();
		this.executor.shutdownNow();
	}

	/** Runs the queued jobs in the background, once {@link #start() started}. */
	void kick() {
		if (this.started) {
			this.executor.execute(this::runQueued);
		}
	}

	/**
	 * Runs a claimed job in the calling thread, as the job this process runs.
	 * @param job the job
	 * @param progress hears the progress
	 */
	void run(LinkingJob job, LinkingProgress progress) {
		this.current.set(job.id());
		try {
			this.runner.run(job, progress);
		}
		finally {
			this.current.set(0);
		}
	}

	private void tick() {
		try {
			beat();
			if (this.jobs.requeueStale(this.clock.instant().minus(LinkingJobs.STALE)) > 0 || this.current.get() == 0) {
				kick();
			}
		}
		catch (RuntimeException ex) {
			log.warn("linking jobs: {}", ex.getMessage());
		}
	}

	private void beat() {
		long id = this.current.get();
		if (id != 0) {
			this.jobs.heartbeat(id, this.clock.instant());
		}
	}

	private void runQueued() {
		Optional<LinkingJob> next;
		while ((next = this.jobs.nextQueued()).isPresent() && this.jobs.claim(next.get().id(), this.clock.instant())) {
			run(this.runner.job(next.get().id()), LinkingProgress.NONE);
		}
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		return r -> {
			Thread t = new Thread(r, name);
			t.setDaemon(true);
			return t;
		};
	}

}
