package org.homeward.matching;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.homeward.matching.LinkingAction.Outcome;
import org.homeward.matching.LinkingJob.Kind;
import org.homeward.matching.LinkingJob.State;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one linking job in the calling thread: the plan is made once and stored, then each
 * action is applied in its own transaction together with the job's progress (the
 * checkpoint). An action that fails is recorded as failed and the job goes on; the
 * finished job's counts go to the audit ledger.
 */
@Component
class LinkingJobRunner {

	private static final Logger log = LoggerFactory.getLogger(LinkingJobRunner.class);

	private final JdbcLinkingJobs jobs;

	private final BatchLinker linker;

	private final LinkingSteps steps;

	private final AuditLedger audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LinkingJobRunner(JdbcLinkingJobs jobs, BatchLinker linker, LinkingSteps steps, AuditLedger audit,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.jobs = jobs;
		this.linker = linker;
		this.steps = steps;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Runs a claimed job: plans it unless its plan is stored, then applies every action
	 * not yet applied, stopping early when the thread is interrupted (the job then
	 * resumes later).
	 * @param job the job, claimed by this process
	 * @param progress hears the progress
	 */
	void run(LinkingJob job, LinkingProgress progress) {
		try {
			if (!this.jobs.planned(job.id())) {
				progress.planning(job);
				BatchLinker.Plan plan = this.linker
					.plan((job.kind() == Kind.IMPORT) ? this.jobs.mentions(job.id()) : null);
				this.transactions.executeWithoutResult(
						s -> this.jobs.savePlan(job.id(), plan.actions(), plan.unchanged(), this.clock.instant()));
			}
			int total = job(job.id()).total();
			int done = job(job.id()).done();
			for (LinkingAction action : this.jobs.pending(job.id())) {
				if (Thread.currentThread().isInterrupted()) {
					return;
				}
				applyOne(job.id(), action);
				progress.applied(++done, total);
			}
			finish(job.id(), State.DONE, null);
		}
		catch (RuntimeException ex) {
			log.warn("linking job {} failed: {}", job.id(), ex.toString());
			finish(job.id(), State.FAILED, String.valueOf(ex.getMessage()));
		}
	}

	private void applyOne(long jobId, LinkingAction action) {
		try {
			this.transactions.executeWithoutResult(s -> {
				LinkingSteps.Applied applied = this.steps.apply(action);
				this.jobs.applied(jobId, action.seq(), applied.outcome(), applied.child(), this.clock.instant());
			});
		}
		catch (RuntimeException ex) {
			log.warn("linking job {} action {} ({}) failed: {}", jobId, action.seq(), action.kind(), ex.getMessage());
			this.transactions.executeWithoutResult(
					s -> this.jobs.applied(jobId, action.seq(), Outcome.FAILED, null, this.clock.instant()));
		}
	}

	private void finish(long jobId, State state, @Nullable String message) {
		this.transactions.executeWithoutResult(s -> {
			this.jobs.finish(jobId, state, message, this.clock.instant());
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("state", state);
			summary(jobId).forEach((o, n) -> detail.put(o.name().toLowerCase(Locale.ROOT), n));
			this.audit.record(MentionLinker.ACTOR, AuditAction.CHANGE, "linking-job", Long.toString(jobId), detail);
		});
		log.info("Linking job {} {}: {}", jobId, state, summary(jobId));
	}

	/**
	 * What a job did, by outcome, with the mentions it left as they were.
	 * @param id the job
	 * @return counts by outcome, in the order of {@link Outcome}
	 */
	Map<Outcome, Integer> summary(long id) {
		Map<Outcome, Integer> counts = new LinkedHashMap<>();
		Map<Outcome, Integer> stored = this.jobs.outcomes(id);
		for (Outcome o : Outcome.values()) {
			counts.put(o, stored.getOrDefault(o, 0) + ((o == Outcome.UNCHANGED) ? job(id).unchanged() : 0));
		}
		return counts;
	}

	/**
	 * A job as it stands now.
	 * @param id the job
	 * @return the job
	 * @throws NoSuchElementException when there is no such job
	 */
	LinkingJob job(long id) {
		return this.jobs.find(id).orElseThrow(() -> new NoSuchElementException("No linking job " + id));
	}

}
