package org.homeward.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Mention links, review items and cannot-link pairs in SQL that runs unchanged on H2
 * (PostgreSQL mode) and PostgreSQL.
 */
@Repository
class JdbcReviewRepository {

	/** The queue's orders, by the name of the sort parameter. */
	enum Order {

		CLOSENESS("closeness, id"), AGE("mention_birth_date desc nulls last, id"), SOURCE("source_id, closeness, id");

		final String sql;

		Order(String sql) {
			this.sql = sql;
		}

	}

	private final JdbcClient jdbc;

	JdbcReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean linked(long mentionId) {
		return this.jdbc.sql("select count(*) from mention_link where mention_id = :m")
			.param("m", mentionId)
			.query(Integer.class)
			.single() > 0;
	}

	Set<Long> linkedMentions() {
		return new HashSet<>(this.jdbc.sql("select mention_id from mention_link").query(Long.class).list());
	}

	void insertLink(long mentionId, long sourceId, UUID childId, @Nullable UUID versionId, MentionOutcome outcome,
			double weight, Instant now) {
		this.jdbc.sql("""
				insert into mention_link (mention_id, source_id, child_id, identity_version_id, outcome, weight,
				  linked_at)
				values (:m, :s, :child, :version, :outcome, :weight, :now)""")
			.param("m", mentionId)
			.param("s", sourceId)
			.param("child", childId)
			.param("version", versionId)
			.param("outcome", outcome.name())
			.param("weight", weight)
			.param("now", utc(now))
			.update();
	}

	void updateLink(long mentionId, UUID childId, @Nullable UUID versionId, MentionOutcome outcome, Instant now) {
		this.jdbc.sql("""
				update mention_link set child_id = :child, identity_version_id = :version, outcome = :outcome,
				  linked_at = :now where mention_id = :m""")
			.param("m", mentionId)
			.param("child", childId)
			.param("version", versionId)
			.param("outcome", outcome.name())
			.param("now", utc(now))
			.update();
	}

	Optional<MentionOutcome> outcomeOf(long mentionId) {
		return this.jdbc.sql("select outcome from mention_link where mention_id = :m")
			.param("m", mentionId)
			.query(String.class)
			.optional()
			.map(MentionOutcome::valueOf);
	}

	long insertItem(long mentionId, long sourceId, UUID childId, UUID versionId, double weight, double closeness,
			@Nullable String birthDate, Instant now) {
		this.jdbc.sql("""
				insert into review_item (mention_id, source_id, child_id, candidate_version_id, weight, closeness,
				  mention_birth_date, state, created_at)
				values (:m, :s, :child, :version, :weight, :closeness, :birth, 'OPEN', :now)""")
			.param("m", mentionId)
			.param("s", sourceId)
			.param("child", childId)
			.param("version", versionId)
			.param("weight", weight)
			.param("closeness", closeness)
			.param("birth", birthDate)
			.param("now", utc(now))
			.update();
		return this.jdbc.sql("select id from review_item where mention_id = :m and child_id = :child")
			.param("m", mentionId)
			.param("child", childId)
			.query(Long.class)
			.single();
	}

	Optional<ReviewItem> find(long id) {
		return this.jdbc.sql("select * from review_item where id = :id")
			.param("id", id)
			.query((rs, n) -> item(rs))
			.optional();
	}

	/**
	 * Open items in the given order.
	 * @param order how to sort
	 * @param sourceId only items of this source, or null for all
	 * @param limit the most items
	 * @return the items
	 */
	List<ReviewItem> open(Order order, @Nullable Long sourceId, int limit) {
		// two statements rather than ":s is null": PostgreSQL cannot type a null
		// parameter
		String where = (sourceId != null) ? " and source_id = :s" : "";
		StatementSpec spec = this.jdbc
			.sql("select * from review_item where state = 'OPEN'" + where + " order by " + order.sql + " limit :limit")
			.param("limit", limit);
		if (sourceId != null) {
			spec = spec.param("s", sourceId);
		}
		return spec.query((rs, n) -> item(rs)).list();
	}

	List<ReviewItem> forMention(long mentionId) {
		return this.jdbc.sql("select * from review_item where mention_id = :m order by id")
			.param("m", mentionId)
			.query((rs, n) -> item(rs))
			.list();
	}

	List<Long> sourcesWithOpenItems() {
		return this.jdbc.sql("select distinct source_id from review_item where state = 'OPEN' order by source_id")
			.query(Long.class)
			.list();
	}

	void assign(long id, @Nullable String reviewer) {
		this.jdbc.sql("update review_item set assigned_to = :r where id = :id")
			.param("r", reviewer)
			.param("id", id)
			.update();
	}

	/**
	 * Records a decision, only if the item is still open, so that two reviewers cannot
	 * both decide it.
	 * @return whether the item was open
	 */
	boolean decide(long id, ReviewDecision decision, @Nullable String note, @Nullable UUID linkedVersionId,
			String actor, Instant now) {
		return this.jdbc.sql("""
				update review_item set state = :state, decision = :decision, note = :note, linked_version_id = :linked,
				  decided_by = :actor, decided_at = :now where id = :id and state = 'OPEN'""")
			.param("state", (decision == ReviewDecision.NOT_SURE) ? "OPEN" : "DECIDED")
			.param("decision", decision.name())
			.param("note", note)
			.param("linked", linkedVersionId)
			.param("actor", actor)
			.param("now", utc(now))
			.param("id", id)
			.update() == 1;
	}

	void reopen(long id) {
		this.jdbc.sql("""
				update review_item set state = 'OPEN', decision = null, note = null, linked_version_id = null,
				  decided_by = null, decided_at = null where id = :id""").param("id", id).update();
	}

	void insertCannotLink(long mentionId, UUID childId, long itemId, String actor, Instant now) {
		this.jdbc.sql("""
				insert into cannot_link (mention_id, child_id, review_item_id, recorded_by, recorded_at)
				values (:m, :child, :item, :actor, :now)""")
			.param("m", mentionId)
			.param("child", childId)
			.param("item", itemId)
			.param("actor", actor)
			.param("now", utc(now))
			.update();
	}

	void deleteCannotLink(long mentionId, UUID childId) {
		this.jdbc.sql("delete from cannot_link where mention_id = :m and child_id = :child")
			.param("m", mentionId)
			.param("child", childId)
			.update();
	}

	Set<UUID> cannotLink(long mentionId) {
		return new TreeSet<>(this.jdbc.sql("select child_id from cannot_link where mention_id = :m")
			.param("m", mentionId)
			.query((rs, n) -> rs.getObject("child_id", UUID.class))
			.list());
	}

	static ReviewItem item(ResultSet rs) throws SQLException {
		String decision = rs.getString("decision");
		OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
		return new ReviewItem(rs.getLong("id"), rs.getObject("mention_id", Long.class),
				rs.getObject("source_id", Long.class), rs.getObject("child_id", UUID.class),
				rs.getObject("candidate_version_id", UUID.class), rs.getDouble("weight"), rs.getDouble("closeness"),
				rs.getString("mention_birth_date"), "OPEN".equals(rs.getString("state")), rs.getString("assigned_to"),
				(decision != null) ? ReviewDecision.valueOf(decision) : null, rs.getString("note"),
				rs.getObject("linked_version_id", UUID.class), rs.getString("decided_by"),
				(decidedAt != null) ? decidedAt.toInstant() : null,
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("other_child_id", UUID.class), rs.getObject("other_version_id", UUID.class));
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
