package org.homeward.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.matching.LinkingAction.Outcome;
import org.homeward.matching.LinkingJob.Kind;
import org.homeward.matching.LinkingJob.State;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import static org.homeward.matching.JdbcReviewRepository.utc;

/**
 * Linking jobs, the mentions an import job links and each job's plan, in SQL that runs
 * unchanged on H2 (PostgreSQL mode) and PostgreSQL.
 */
@Repository
class JdbcLinkingJobs {

	private final JdbcClient jdbc;

	JdbcLinkingJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Kind kind, String requestedBy, Instant now, List<Long> mentionIds) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into linking_job (kind, state, requested_by, requested_at)
				values (:kind, 'QUEUED', :by, :now)""")
			.param("kind", kind.name())
			.param("by", requestedBy)
			.param("now", utc(now))
			.update(keys, "id");
		long id = Objects.requireNonNull(keys.getKeyAs(Long.class));
		for (Long mention : new HashSet<>(mentionIds)) {
			this.jdbc.sql("insert into linking_job_mention (job_id, mention_id) values (:job, :m)")
				.param("job", id)
				.param("m", mention)
				.update();
		}
		return id;
	}

	Optional<LinkingJob> find(long id) {
		return this.jdbc.sql("select * from linking_job where id = :id").param("id", id).query(this::job).optional();
	}

	List<LinkingJob> recent(int limit) {
		return this.jdbc.sql("select * from linking_job order by id desc limit :limit")
			.param("limit", limit)
			.query(this::job)
			.list();
	}

	/** The running job, if any. */
	Optional<LinkingJob> running() {
		return this.jdbc.sql("select * from linking_job where state = 'RUNNING' order by id limit 1")
			.query(this::job)
			.optional();
	}

	Optional<LinkingJob> nextQueued() {
		return this.jdbc.sql("select * from linking_job where state = 'QUEUED' order by id limit 1")
			.query(this::job)
			.optional();
	}

	/**
	 * Marks a queued job running, unless another job runs.
	 * @return whether this caller now runs the job
	 */
	boolean claim(long id, Instant now) {
		return this.jdbc.sql("""
				update linking_job set state = 'RUNNING', started_at = coalesce(started_at, :now), heartbeat_at = :now
				where id = :id and state = 'QUEUED'
				  and not exists (select 1 from linking_job r where r.state = 'RUNNING')""")
			.param("id", id)
			.param("now", utc(now))
			.update() == 1;
	}

	/**
	 * Puts running jobs whose last sign of life is older than a moment back in the queue:
	 * their process stopped, and they resume where they were.
	 * @return how many
	 */
	int requeueStale(Instant before) {
		return this.jdbc.sql("update linking_job set state = 'QUEUED' where state = 'RUNNING' and heartbeat_at < :t")
			.param("t", utc(before))
			.update();
	}

	void heartbeat(long id, Instant now) {
		this.jdbc.sql("update linking_job set heartbeat_at = :now where id = :id")
			.param("id", id)
			.param("now", utc(now))
			.update();
	}

	List<Long> mentions(long jobId) {
		return this.jdbc.sql("select mention_id from linking_job_mention where job_id = :job order by mention_id")
			.param("job", jobId)
			.query(Long.class)
			.list();
	}

	/** Mentions that a queued or running import job will link. */
	Set<Long> mentionsOfOpenJobs() {
		return new HashSet<>(this.jdbc.sql("""
				select m.mention_id from linking_job_mention m join linking_job j on j.id = m.job_id
				where j.state in ('QUEUED', 'RUNNING')""").query(Long.class).list());
	}

	boolean planned(long jobId) {
		return this.jdbc.sql("select planned_at from linking_job where id = :id")
			.param("id", jobId)
			.query((rs, n) -> rs.getObject(1) != null)
			.single();
	}

	void savePlan(long jobId, List<LinkingAction> plan, int unchanged, Instant now) {
		for (LinkingAction a : plan) {
			this.jdbc.sql("""
					insert into linking_action (job_id, seq, kind, mention_id, lead_mention_id, child_id, version_id,
					  other_child_id, other_version_id, other_lead_mention_id, weight, closeness, state)
					values (:job, :seq, :kind, :m, :lead, :child, :version, :other, :otherVersion, :otherLead, :weight,
					  :closeness, 'PENDING')""")
				.param("job", jobId)
				.param("seq", a.seq())
				.param("kind", a.kind().name())
				.param("m", a.mentionId())
				.param("lead", a.leadMentionId())
				.param("child", a.childId())
				.param("version", a.versionId())
				.param("other", a.otherChildId())
				.param("otherVersion", a.otherVersionId())
				.param("otherLead", a.otherLeadMentionId())
				.param("weight", a.weight())
				.param("closeness", a.closeness())
				.update();
		}
		this.jdbc.sql("""
				update linking_job set total = :total, unchanged = :unchanged, planned_at = :now, heartbeat_at = :now
				where id = :id""")
			.param("total", plan.size())
			.param("unchanged", unchanged)
			.param("now", utc(now))
			.param("id", jobId)
			.update();
	}

	List<LinkingAction> pending(long jobId) {
		return this.jdbc.sql("select * from linking_action where job_id = :job and state = 'PENDING' order by seq")
			.param("job", jobId)
			.query((rs, n) -> action(rs))
			.list();
	}

	/** Records an applied action and advances the job: the checkpoint. */
	void applied(long jobId, int seq, Outcome outcome, @Nullable UUID resultChild, Instant now) {
		this.jdbc.sql("""
				update linking_action set state = 'DONE', outcome = :outcome, result_child_id = :child
				where job_id = :job and seq = :seq""")
			.param("outcome", outcome.name())
			.param("child", resultChild)
			.param("job", jobId)
			.param("seq", seq)
			.update();
		this.jdbc.sql("update linking_job set done = done + 1, heartbeat_at = :now where id = :id")
			.param("now", utc(now))
			.param("id", jobId)
			.update();
	}

	void finish(long jobId, State state, @Nullable String message, Instant now) {
		this.jdbc.sql("update linking_job set state = :state, message = :message, finished_at = :now where id = :id")
			.param("state", state.name())
			.param("message", message)
			.param("now", utc(now))
			.param("id", jobId)
			.update();
	}

	Map<Outcome, Integer> outcomes(long jobId) {
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		this.jdbc.sql("""
				select outcome, count(*) n from linking_action where job_id = :job and outcome is not null
				group by outcome""").param("job", jobId).query(rs -> {
			counts.put(Outcome.valueOf(rs.getString("outcome")), rs.getInt("n"));
		});
		return counts;
	}

	/** The applied actions that changed something, in plan order. */
	List<AppliedAction> changes(long jobId) {
		return this.jdbc.sql("""
				select * from linking_action where job_id = :job and outcome is not null and outcome <> 'UNCHANGED'
				order by seq""")
			.param("job", jobId)
			.query((rs, n) -> new AppliedAction(action(rs), Outcome.valueOf(rs.getString("outcome")),
					rs.getObject("result_child_id", UUID.class)))
			.list();
	}

	private LinkingJob job(ResultSet rs, int n) throws SQLException {
		return new LinkingJob(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
				State.valueOf(rs.getString("state")), rs.getInt("total"), rs.getInt("done"), rs.getInt("unchanged"),
				rs.getString("requested_by"), instant(rs, "requested_at"), instant(rs, "started_at"),
				instant(rs, "planned_at"), instant(rs, "finished_at"), rs.getString("message"));
	}

	private static LinkingAction action(ResultSet rs) throws SQLException {
		return new LinkingAction(rs.getInt("seq"), LinkingAction.Kind.valueOf(rs.getString("kind")),
				rs.getObject("mention_id", Long.class), rs.getObject("lead_mention_id", Long.class),
				rs.getObject("child_id", UUID.class), rs.getObject("version_id", UUID.class),
				rs.getObject("other_child_id", UUID.class), rs.getObject("other_version_id", UUID.class),
				rs.getObject("other_lead_mention_id", Long.class), rs.getDouble("weight"), rs.getDouble("closeness"));
	}

	@SuppressWarnings("NullAway")
	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return (t != null) ? t.toInstant() : null;
	}

	/**
	 * An action with what applying it did.
	 *
	 * @param action the action
	 * @param outcome what it did
	 * @param resultChild the child it linked to, registered or proposed, or null
	 */
	record AppliedAction(LinkingAction action, Outcome outcome, @Nullable UUID resultChild) {
	}

}
