package org.homeward.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reading children back: one child whole, or a filtered page of summaries.
 */
@Repository
class JdbcChildQueries {

	private final JdbcClient jdbc;

	JdbcChildQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return this.jdbc.sql("select count(*) from child where merged_into is null").query(Long.class).single();
	}

	Optional<ChildStatus> statusOf(UUID id) {
		return this.jdbc.sql("select status from child where id = :id")
			.param("id", id)
			.query((rs, n) -> ChildStatus.valueOf(rs.getString(1)))
			.optional();
	}

	Optional<Child> findById(UUID id) {
		List<UUID> merged = this.jdbc.sql("select id from child where merged_into = :id order by case_number")
			.param("id", id)
			.query(UUID.class)
			.list();
		List<UUID> all = new java.util.ArrayList<>(List.of(id));
		all.addAll(merged);
		return this.jdbc.sql("select * from child where id = :id").param("id", id).query((rs, n) -> {
			Map<UUID, List<IdentityVersion>> versions = identities(all);
			List<IdentityVersion> identities = all.stream()
				.flatMap(c -> versions.getOrDefault(c, List.of()).stream())
				.toList();
			return new Child(id, rs.getString("case_number"), ChildStatus.valueOf(rs.getString("status")),
					rs.getBoolean("synthetic"), rs.getString("notes"), identities, statusHistory(id), events(all),
					ChildRows.instant(rs, "created_at"), ChildRows.instant(rs, "updated_at"),
					rs.getBoolean("restricted"), grantees(id), ChildRows.consent(rs),
					rs.getObject("merged_into", UUID.class), merged);
		}).optional();
	}

	Optional<UUID> mergedInto(UUID id) {
		return this.jdbc.sql("select merged_into from child where id = :id and merged_into is not null")
			.param("id", id)
			.query(UUID.class)
			.optional();
	}

	private List<String> grantees(UUID childId) {
		return this.jdbc.sql("select grantee from child_access_grant where child_id = :id order by grantee")
			.param("id", childId)
			.query(String.class)
			.list();
	}

	ChildPage find(ChildQuery query) {
		StringBuilder where = new StringBuilder(" from child c where c.merged_into is null");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.status() != null) {
			where.append(" and c.status = :status");
			params.put("status", query.status().name());
		}
		if (query.oblast() != null) {
			where.append(" and exists (select 1 from identity_version v where v.child_id = c.id"
					+ " and v.oblast_key = :oblast)");
			params.put("oblast", ChildRows.key(query.oblast()));
		}
		if (query.birthYear() != null) {
			where.append(" and exists (select 1 from identity_version v where v.child_id = c.id"
					+ " and v.birth_year = :birthYear)");
			params.put("birthYear", query.birthYear());
		}
		if (query.viewer() != null) {
			where.append(" and (c.restricted = false or exists (select 1 from child_access_grant g"
					+ " where g.child_id = c.id and g.grantee in (:grants)))");
			params.put("grants", List.copyOf(query.viewer().grants()));
		}
		if (query.name() != null) {
			where.append(" and exists (select 1 from identity_version v where v.child_id = c.id"
					+ " and v.name_key like :name)");
			params.put("name", "%" + ChildRows.key(query.name()).replace("%", "").replace("_", "") + "%");
		}
		long total = this.jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<ChildRow> rows = this.jdbc
			.sql("select c.id, c.case_number, c.status, c.synthetic" + where
					+ " order by c.case_number limit :limit offset :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query((rs, n) -> new ChildRow(rs.getObject("id", UUID.class), rs.getString("case_number"),
					ChildStatus.valueOf(rs.getString("status")), rs.getBoolean("synthetic")))
			.list();
		Map<UUID, List<IdentityVersion>> identities = identities(rows.stream().map(ChildRow::id).toList());
		List<ChildSummary> items = rows.stream().map(row -> row.summary(identities.get(row.id()))).toList();
		return new ChildPage(items, query.page(), query.size(), total);
	}

	private Map<UUID, List<IdentityVersion>> identities(List<UUID> childIds) {
		if (childIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select * from identity_version where child_id in (:ids) order by child_id, seq")
			.param("ids", childIds)
			.query((rs, n) -> Map.entry(rs.getObject("child_id", UUID.class), ChildRows.identityVersion(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private List<StatusChange> statusHistory(UUID childId) {
		return this.jdbc.sql("select * from status_change where child_id = :id order by seq")
			.param("id", childId)
			.query((rs, n) -> new StatusChange(rs.getObject("id", UUID.class),
					ChildRows.status(rs.getString("from_status")), ChildStatus.valueOf(rs.getString("to_status")),
					rs.getObject("changed_on", LocalDate.class), rs.getString("reason"),
					ChildRows.instant(rs, "recorded_at"), rs.getString("recorded_by")))
			.list();
	}

	private List<ChildEvent> events(List<UUID> childIds) {
		return this.jdbc
			.sql("select * from child_event where child_id in (:ids) order by event_sort nulls last, recorded_at")
			.param("ids", childIds)
			.query((rs, n) -> new ChildEvent(rs.getObject("id", UUID.class),
					new NewEvent(EventType.valueOf(rs.getString("event_type")),
							PartialDate.parseOptional(rs.getString("event_date")).orElse(null), rs.getString("place"),
							rs.getString("description"), ChildRows.lines(rs.getString("sources"))),
					ChildRows.instant(rs, "recorded_at"), rs.getString("recorded_by")))
			.list();
	}

	private record ChildRow(UUID id, String caseNumber, ChildStatus status, boolean synthetic) {

		ChildSummary summary(List<IdentityVersion> versions) {
			Identity primary = Child.primaryOf(versions).identity();
			return new ChildSummary(this.id, this.caseNumber, this.status, this.synthetic, primary.givenName(),
					primary.familyName(), primary.birthDate(), primary.oblast(), versions.size());
		}

	}

	List<LinkableChild> linkableChildren() {
		return this.jdbc.sql(
				"select id, case_number, merged_into, consent_given_by, consent_tracing from child order by case_number")
			.query((rs, n) -> new LinkableChild(rs.getObject("id", UUID.class), rs.getString("case_number"),
					rs.getObject("merged_into", UUID.class),
					rs.getString("consent_given_by") != null && !rs.getBoolean("consent_tracing")))
			.list();
	}

	void eachIdentity(BiConsumer<UUID, IdentityVersion> consumer) {
		this.jdbc.sql("select * from identity_version order by child_id, seq").query(rs -> {
			consumer.accept(rs.getObject("child_id", UUID.class), ChildRows.identityVersion(rs));
		});
	}

}
