package org.homeward.matching;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.homeward.matching.JdbcReviewRepository.utc;

/**
 * What batch linking reads and writes beside {@link JdbcReviewRepository}: every
 * mention's link at once, duplicate proposals (review items between two children, stored
 * with the smaller id first) and the pairs of children a reviewer declared different.
 */
@Repository
class JdbcDuplicates {

	private final JdbcClient jdbc;

	JdbcDuplicates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A mention's link.
	 *
	 * @param childId the child it is linked, queued against or registered as
	 * @param versionId the identity version it became, or null (queued, rejected)
	 * @param outcome the outcome
	 */
	record Link(UUID childId, @Nullable UUID versionId, MentionOutcome outcome) {
	}

	Map<Long, Link> links() {
		Map<Long, Link> links = new HashMap<>();
		this.jdbc.sql("select mention_id, child_id, identity_version_id, outcome from mention_link").query(rs -> {
			links.put(rs.getLong(1), new Link(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					MentionOutcome.valueOf(rs.getString(4))));
		});
		return links;
	}

	Optional<Link> link(long mentionId) {
		return this.jdbc.sql("select child_id, identity_version_id, outcome from mention_link where mention_id = :m")
			.param("m", mentionId)
			.query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					MentionOutcome.valueOf(rs.getString(3))))
			.optional();
	}

	/** Every mention's cannot-links: mention id to children. */
	Map<Long, Set<UUID>> cannotLinks() {
		Map<Long, Set<UUID>> refused = new HashMap<>();
		this.jdbc.sql("select mention_id, child_id from cannot_link").query(rs -> {
			refused.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getObject(2, UUID.class));
		});
		return refused;
	}

	boolean mentionItemExists(long mentionId, UUID childId) {
		return this.jdbc.sql("select count(*) from review_item where mention_id = :m and child_id = :c")
			.param("m", mentionId)
			.param("c", childId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Whether two children were proposed as one already, or declared different.
	 */
	boolean settled(UUID a, UUID b) {
		UUID first = first(a, b);
		UUID second = first.equals(a) ? b : a;
		return this.jdbc.sql("""
				select (select count(*) from review_item where child_id = :a and other_child_id = :b)
				  + (select count(*) from child_cannot_link where child_id = :a and other_child_id = :b)""")
			.param("a", first)
			.param("b", second)
			.query(Integer.class)
			.single() > 0;
	}

	long insertDuplicate(UUID a, UUID aVersion, UUID b, UUID bVersion, double weight, double closeness, Instant now) {
		boolean inOrder = first(a, b).equals(a);
		UUID firstVersion = inOrder ? aVersion : bVersion;
		UUID secondVersion = inOrder ? bVersion : aVersion;
		UUID first = inOrder ? a : b;
		UUID second = inOrder ? b : a;
		this.jdbc.sql("""
				insert into review_item (child_id, candidate_version_id, other_child_id, other_version_id, weight,
				  closeness, state, created_at)
				values (:a, :av, :b, :bv, :weight, :closeness, 'OPEN', :now)""")
			.param("a", first)
			.param("av", firstVersion)
			.param("b", second)
			.param("bv", secondVersion)
			.param("weight", weight)
			.param("closeness", closeness)
			.param("now", utc(now))
			.update();
		return this.jdbc.sql("select id from review_item where child_id = :a and other_child_id = :b")
			.param("a", first)
			.param("b", second)
			.query(Long.class)
			.single();
	}

	void insertCannotLink(UUID a, UUID b, long itemId, String actor, Instant now) {
		this.jdbc.sql("""
				insert into child_cannot_link (child_id, other_child_id, review_item_id, recorded_by, recorded_at)
				values (:a, :b, :item, :actor, :now)""")
			.param("a", first(a, b))
			.param("b", first(a, b).equals(a) ? b : a)
			.param("item", itemId)
			.param("actor", actor)
			.param("now", utc(now))
			.update();
	}

	void deleteCannotLink(UUID a, UUID b) {
		this.jdbc.sql("delete from child_cannot_link where child_id = :a and other_child_id = :b")
			.param("a", first(a, b))
			.param("b", first(a, b).equals(a) ? b : a)
			.update();
	}

	/**
	 * The side stored first: the smaller id as text, the same order on every database.
	 */
	static UUID first(UUID a, UUID b) {
		return (a.toString().compareTo(b.toString()) <= 0) ? a : b;
	}

}
