package org.homeward.matching;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.homeward.evidence.EvidenceArchive;
import org.homeward.evidence.Mention;
import org.homeward.evidence.MentionsImported;
import org.homeward.evidence.Source;
import org.homeward.evidence.SourceMentions;
import org.homeward.matching.LinkingAction.Outcome;
import org.homeward.matching.LinkingJob.Kind;
import org.homeward.matching.LinkingJob.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Linking jobs: an import's mentions, or everything (a re-link), linked in the background
 * on one thread ({@link LinkingWorker}), one job at a time across every process that
 * shares the database.
 * <p>
 * A job is planned once ({@link BatchLinker}) and its plan stored; then each action is
 * applied in its own transaction together with the job's progress, which is the
 * checkpoint. A running job shows a heartbeat every few seconds; one whose heartbeat
 * stopped (its process ended) goes back to the queue and resumes at its first action not
 * applied. Imports enqueue their job in the import's own transaction, so no imported
 * mention is ever left without one.
 */
@Service
class LinkingJobs {

	/** A running job whose heartbeat is older than this is taken to have stopped. */
	static final Duration STALE = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(LinkingJobs.class);

	private final JdbcLinkingJobs jobs;

	private final LinkingJobRunner runner;

	private final JdbcDuplicates links;

	private final SourceMentions mentions;

	private final EvidenceArchive archive;

	private final AuditLedger audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean operator;

	private final String worker;

	private final LinkingWorker background;

	LinkingJobs(JdbcLinkingJobs jobs, LinkingJobRunner runner, JdbcDuplicates links, SourceMentions mentions,
			EvidenceArchive archive, AuditLedger audit, PlatformTransactionManager transactionManager, Clock clock,
			@Value("${homeward.operator:false}") boolean operator,
			@Value("${homeward.matching.worker:}") String worker) {
		this.worker = worker;
		this.jobs = jobs;
		this.runner = runner;
		this.links = links;
		this.mentions = mentions;
		this.archive = archive;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.operator = operator;
		this.background = new LinkingWorker(jobs, runner, clock);
	}

	/**
	 * Enqueues a job for an import's mentions, in the import's transaction; the job
	 * starts once the import committed.
	 */
	@EventListener
	void mentionsImported(MentionsImported event) {
		this.jobs.insert(Kind.IMPORT, "import of source " + event.sourceId(), this.clock.instant(), event.mentionIds());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					kick();
				}
			});
		}
	}

	/**
	 * Starts the background worker in a serving process (a web application, or wherever
	 * {@code homeward.matching.worker=true}; never in a command-line context, whose short
	 * life would interrupt the job): enqueues a job for mentions that have none (imported
	 * before jobs existed), then runs queued jobs and resumes interrupted ones, checking
	 * every few seconds for jobs that other processes queued.
	 */
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void start(ApplicationReadyEvent event) {
		boolean web = event.getSpringApplication().getWebApplicationType() != WebApplicationType.NONE;
		if (this.operator || !(this.worker.isBlank() ? web : Boolean.parseBoolean(this.worker))) {
			return;
		}
		this.background.start();
		enqueuePending();
		this.background.checkEveryFewSeconds();
	}

	@PreDestroy
	void stop() {
		this.background.stop();
	}

	/**
	 * Enqueues one job for the mentions without a link and without a job.
	 * @return the job, or empty when every mention has one
	 */
	Optional<Long> enqueuePending() {
		Set<Long> linked = this.links.links().keySet();
		Set<Long> queued = this.jobs.mentionsOfOpenJobs();
		List<Long> pending = new ArrayList<>();
		for (Source source : this.archive.sources()) {
			for (Mention mention : this.mentions.mentions(source.id())) {
				if (!linked.contains(mention.id()) && !queued.contains(mention.id())) {
					pending.add(mention.id());
				}
			}
		}
		if (pending.isEmpty()) {
			return Optional.empty();
		}
		long id = this.transactions
			.execute(s -> this.jobs.insert(Kind.IMPORT, MentionLinker.ACTOR, this.clock.instant(), pending));
		log.info("Queued linking job {} for {} mentions imported without one", id, pending.size());
		kick();
		return Optional.of(id);
	}

	/**
	 * Queues a re-link of everything, to run in the background.
	 * @param actor who asks
	 * @return the job
	 * @throws IllegalStateException when a re-link is queued or running already
	 */
	LinkingJob requestRelink(String actor) {
		boolean pending = this.jobs.recent(50).stream().anyMatch(j -> j.kind() == Kind.RELINK && !j.finished());
		if (pending) {
			throw new IllegalStateException("a re-link is queued or running already");
		}
		long id = this.transactions.execute(s -> {
			long job = this.jobs.insert(Kind.RELINK, actor, this.clock.instant(), List.of());
			this.audit.record(actor, AuditAction.CHANGE, "linking-job", Long.toString(job), Map.of("kind", "RELINK"));
			return job;
		});
		kick();
		return job(id);
	}

	/**
	 * Re-links everything in the calling thread (the {@code relink} command): resumes an
	 * interrupted re-link, or starts one.
	 * @param actor who asks
	 * @param progress hears the progress
	 * @return the finished job
	 * @throws IllegalStateException when another job is running
	 */
	LinkingJob relinkNow(String actor, LinkingProgress progress) {
		this.jobs.requeueStale(this.clock.instant().minus(STALE));
		this.jobs.running().ifPresent(j -> {
			throw new IllegalStateException("linking job " + j.id() + " (" + j.kind() + ", " + j.done() + "/"
					+ j.total() + ") is running; wait for it to finish (see /admin/linking)");
		});
		Optional<LinkingJob> resumable = this.jobs.recent(50)
			.stream()
			.filter(j -> j.kind() == Kind.RELINK && j.state() == State.QUEUED)
			.findFirst();
		long id = resumable.map(LinkingJob::id).orElseGet(() -> this.transactions.execute(s -> {
			long job = this.jobs.insert(Kind.RELINK, actor, this.clock.instant(), List.of());
			this.audit.record(actor, AuditAction.CHANGE, "linking-job", Long.toString(job), Map.of("kind", "RELINK"));
			return job;
		}));
		if (!this.jobs.claim(id, this.clock.instant())) {
			throw new IllegalStateException("another linking job started meanwhile; try again when it has finished");
		}
		this.background.beatEveryFewSeconds();
		this.background.run(job(id), progress);
		return job(id);
	}

	/**
	 * Waits until no job is queued or running.
	 * @param timeout how long at most
	 * @return whether every job finished in time
	 */
	boolean awaitIdle(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (this.jobs.recent(20).stream().allMatch(LinkingJob::finished)) {
				return true;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

	LinkingJob job(long id) {
		return this.jobs.find(id).orElseThrow(() -> new java.util.NoSuchElementException("No linking job " + id));
	}

	List<LinkingJob> recent() {
		return this.jobs.recent(20);
	}

	/**
	 * What a job did, by outcome, with the mentions it left as they were.
	 * @param id the job
	 * @return counts by outcome, in the order of {@link Outcome}
	 */
	Map<Outcome, Integer> summary(long id) {
		return this.runner.summary(id);
	}

	List<JdbcLinkingJobs.AppliedAction> changes(long id) {
		return this.jobs.changes(id);
	}

	private void kick() {
		this.background.kick();
	}

}
