package org.homeward.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Children in SQL that runs unchanged on H2 (PostgreSQL mode) and PostgreSQL. Lists of
 * values (documents, source citations) are stored as lines of text: they are only ever
 * read with their row.
 */
@Repository
class JdbcChildRepository {

	private final JdbcClient jdbc;

	JdbcChildRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String nextCaseNumber(boolean synthetic) {
		long n = this.jdbc.sql("select nextval('child_case_seq')").query(Long.class).single();
		return "%s-%06d".formatted(synthetic ? "SYN" : "HW", n);
	}

	void insertChild(UUID id, String caseNumber, ChildStatus status, boolean synthetic, @Nullable String notes,
			Instant now) {
		this.jdbc.sql("""
				insert into child (id, case_number, status, synthetic, notes, created_at, updated_at, row_version)
				values (:id, :case, :status, :synthetic, :notes, :now, :now, 0)""")
			.param("id", id)
			.param("case", caseNumber)
			.param("status", status.name())
			.param("synthetic", synthetic)
			.param("notes", notes)
			.param("now", utc(now))
			.update();
	}

	UUID insertIdentity(UUID childId, Identity identity, Instant now, String actor) {
		UUID id = UUID.randomUUID();
		int seq = this.jdbc.sql("select coalesce(max(seq), 0) + 1 from identity_version where child_id = :child")
			.param("child", childId)
			.query(Integer.class)
			.single();
		identityParams(this.jdbc.sql("""
				insert into identity_version (id, child_id, seq, given_name, family_name, patronymic, sex, birth_date,
				  birth_year, settlement, oblast, oblast_key, name_key, citizenship, documents, guardian_name,
				  guardian_relationship, guardian_contact, source_ref, valid_from, valid_to, imposed, recorded_at,
				  recorded_by)
				values (:id, :child, :seq, :given, :family, :patronymic, :sex, :birthDate, :birthYear, :settlement,
				  :oblast, :oblastKey, :nameKey, :citizenship, :documents, :guardianName, :guardianRelationship,
				  :guardianContact, :source, :validFrom, :validTo, :imposed, :now, :actor)"""), identity)
			.param("id", id)
			.param("child", childId)
			.param("seq", seq)
			.param("now", utc(now))
			.param("actor", actor)
			.update();
		return id;
	}

	boolean updateIdentity(UUID childId, UUID versionId, Identity identity) {
		return identityParams(this.jdbc.sql("""
				update identity_version set given_name = :given, family_name = :family, patronymic = :patronymic,
				  sex = :sex, birth_date = :birthDate, birth_year = :birthYear, settlement = :settlement,
				  oblast = :oblast, oblast_key = :oblastKey, name_key = :nameKey, citizenship = :citizenship,
				  documents = :documents, guardian_name = :guardianName,
				  guardian_relationship = :guardianRelationship, guardian_contact = :guardianContact,
				  source_ref = :source, valid_from = :validFrom, valid_to = :validTo, imposed = :imposed
				where id = :id and child_id = :child"""), identity).param("id", versionId)
			.param("child", childId)
			.update() == 1;
	}

	private static StatementSpec identityParams(StatementSpec spec, Identity identity) {
		Guardian guardian = identity.guardian();
		return spec.param("given", identity.givenName())
			.param("family", identity.familyName())
			.param("patronymic", identity.patronymic())
			.param("sex", identity.sex().name())
			.param("birthDate", (identity.birthDate() != null) ? identity.birthDate().toString() : null)
			.param("birthYear", identity.birthYear().orElse(null))
			.param("settlement", identity.settlement())
			.param("oblast", identity.oblast())
			.param("oblastKey", key(identity.oblast()))
			.param("nameKey", key(identity.fullName()))
			.param("citizenship", identity.citizenship())
			.param("documents", encodeDocuments(identity.documents()))
			.param("guardianName", (guardian != null) ? guardian.name() : null)
			.param("guardianRelationship", (guardian != null) ? guardian.relationship() : null)
			.param("guardianContact", (guardian != null) ? guardian.contact() : null)
			.param("source", identity.source())
			.param("validFrom", identity.validFrom())
			.param("validTo", identity.validTo())
			.param("imposed", identity.imposed());
	}

	void insertStatusChange(UUID childId, @Nullable ChildStatus from, ChildStatus to, LocalDate date, String reason,
			Instant now, String actor) {
		this.jdbc.sql("""
				insert into status_change (id, child_id, seq, from_status, to_status, changed_on, reason, recorded_at,
				  recorded_by)
				values (:id, :child, (select coalesce(max(seq), 0) + 1 from status_change where child_id = :child),
				  :from, :to, :date, :reason, :now, :actor)""")
			.param("id", UUID.randomUUID())
			.param("child", childId)
			.param("from", (from != null) ? from.name() : null)
			.param("to", to.name())
			.param("date", date)
			.param("reason", reason)
			.param("now", utc(now))
			.param("actor", actor)
			.update();
	}

	/**
	 * Moves the status only if it is still the expected one, so that two concurrent
	 * changes cannot both pass the lifecycle check.
	 */
	boolean updateStatus(UUID childId, ChildStatus expected, ChildStatus target, Instant now) {
		return this.jdbc.sql("""
				update child set status = :target, updated_at = :now, row_version = row_version + 1
				where id = :id and status = :expected""")
			.param("target", target.name())
			.param("now", utc(now))
			.param("id", childId)
			.param("expected", expected.name())
			.update() == 1;
	}

	void touch(UUID childId, Instant now) {
		this.jdbc.sql("update child set updated_at = :now, row_version = row_version + 1 where id = :id")
			.param("now", utc(now))
			.param("id", childId)
			.update();
	}

	void updateNotes(UUID childId, @Nullable String notes, Instant now) {
		this.jdbc
			.sql("update child set notes = :notes, updated_at = :now, row_version = row_version + 1 where id = :id")
			.param("notes", notes)
			.param("now", utc(now))
			.param("id", childId)
			.update();
	}

	void insertEvent(UUID childId, NewEvent event, Instant now, String actor) {
		this.jdbc.sql("""
				insert into child_event (id, child_id, event_type, event_date, event_sort, place, description, sources,
				  recorded_at, recorded_by)
				values (:id, :child, :type, :date, :sort, :place, :description, :sources, :now, :actor)""")
			.param("id", UUID.randomUUID())
			.param("child", childId)
			.param("type", event.type().name())
			.param("date", (event.date() != null) ? event.date().toString() : null)
			.param("sort", (event.date() != null) ? event.date().earliest() : null)
			.param("place", event.place())
			.param("description", event.description())
			.param("sources", String.join("\n", event.sources()))
			.param("now", utc(now))
			.param("actor", actor)
			.update();
	}

	long count() {
		return this.jdbc.sql("select count(*) from child").query(Long.class).single();
	}

	Optional<ChildStatus> statusOf(UUID id) {
		return this.jdbc.sql("select status from child where id = :id")
			.param("id", id)
			.query((rs, n) -> ChildStatus.valueOf(rs.getString(1)))
			.optional();
	}

	Optional<Child> findById(UUID id) {
		return this.jdbc.sql("select * from child where id = :id")
			.param("id", id)
			.query((rs, n) -> new Child(id, rs.getString("case_number"), ChildStatus.valueOf(rs.getString("status")),
					rs.getBoolean("synthetic"), rs.getString("notes"), identities(List.of(id)).get(id),
					statusHistory(id), events(id), instant(rs, "created_at"), instant(rs, "updated_at"),
					rs.getBoolean("restricted"), grantees(id), consent(rs)))
			.optional();
	}

	private List<String> grantees(UUID childId) {
		return this.jdbc.sql("select grantee from child_access_grant where child_id = :id order by grantee")
			.param("id", childId)
			.query(String.class)
			.list();
	}

	private static @Nullable Consent consent(ResultSet rs) throws SQLException {
		String givenBy = rs.getString("consent_given_by");
		if (givenBy == null) {
			return null;
		}
		String sharing = rs.getString("consent_sharing");
		return new Consent(rs.getBoolean("consent_tracing"),
				(sharing == null || sharing.isEmpty()) ? List.of() : Arrays.asList(sharing.split(",")), givenBy,
				rs.getObject("consent_date", LocalDate.class));
	}

	void updateRestriction(UUID childId, boolean restricted, Collection<String> grantees, Instant now) {
		this.jdbc
			.sql("update child set restricted = :r, updated_at = :now, row_version = row_version + 1 where id = :id")
			.param("r", restricted)
			.param("now", utc(now))
			.param("id", childId)
			.update();
		this.jdbc.sql("delete from child_access_grant where child_id = :id").param("id", childId).update();
		for (String grantee : grantees) {
			this.jdbc.sql("insert into child_access_grant (child_id, grantee) values (:id, :g)")
				.param("id", childId)
				.param("g", grantee)
				.update();
		}
	}

	void updateConsent(UUID childId, Consent consent, Instant now) {
		this.jdbc.sql("""
				update child set consent_tracing = :tracing, consent_sharing = :sharing, consent_given_by = :by,
				  consent_date = :date, updated_at = :now, row_version = row_version + 1 where id = :id""")
			.param("tracing", consent.tracing())
			.param("sharing", String.join(",", consent.shareWith()))
			.param("by", consent.givenBy())
			.param("date", consent.date())
			.param("now", utc(now))
			.param("id", childId)
			.update();
	}

	ChildPage find(ChildQuery query) {
		StringBuilder where = new StringBuilder(" from child c where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.status() != null) {
			where.append(" and c.status = :status");
			params.put("status", query.status().name());
		}
		if (query.oblast() != null) {
			where.append(" and exists (select 1 from identity_version v where v.child_id = c.id"
					+ " and v.oblast_key = :oblast)");
			params.put("oblast", key(query.oblast()));
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
			params.put("name", "%" + key(query.name()).replace("%", "").replace("_", "") + "%");
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
			.query((rs, n) -> Map.entry(rs.getObject("child_id", UUID.class), identityVersion(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private List<StatusChange> statusHistory(UUID childId) {
		return this.jdbc.sql("select * from status_change where child_id = :id order by seq")
			.param("id", childId)
			.query((rs, n) -> new StatusChange(rs.getObject("id", UUID.class), status(rs.getString("from_status")),
					ChildStatus.valueOf(rs.getString("to_status")), rs.getObject("changed_on", LocalDate.class),
					rs.getString("reason"), instant(rs, "recorded_at"), rs.getString("recorded_by")))
			.list();
	}

	private List<ChildEvent> events(UUID childId) {
		return this.jdbc
			.sql("select * from child_event where child_id = :id order by event_sort nulls last, recorded_at")
			.param("id", childId)
			.query((rs, n) -> new ChildEvent(rs.getObject("id", UUID.class),
					new NewEvent(EventType.valueOf(rs.getString("event_type")),
							PartialDate.parseOptional(rs.getString("event_date")).orElse(null), rs.getString("place"),
							rs.getString("description"), lines(rs.getString("sources"))),
					instant(rs, "recorded_at"), rs.getString("recorded_by")))
			.list();
	}

	private static IdentityVersion identityVersion(ResultSet rs) throws SQLException {
		String guardianName = rs.getString("guardian_name");
		Guardian guardian = (guardianName != null)
				? new Guardian(guardianName, rs.getString("guardian_relationship"), rs.getString("guardian_contact"))
				: null;
		Identity identity = new Identity(rs.getString("given_name"), rs.getString("family_name"),
				rs.getString("patronymic"), Sex.valueOf(rs.getString("sex")),
				PartialDate.parseOptional(rs.getString("birth_date")).orElse(null), rs.getString("settlement"),
				rs.getString("oblast"), rs.getString("citizenship"), decodeDocuments(rs.getString("documents")),
				guardian, rs.getString("source_ref"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getBoolean("imposed"));
		return new IdentityVersion(rs.getObject("id", UUID.class), rs.getInt("seq"), identity,
				instant(rs, "recorded_at"), rs.getString("recorded_by"));
	}

	private static @Nullable String encodeDocuments(List<IdentityDocument> documents) {
		if (documents.isEmpty()) {
			return null;
		}
		return documents.stream().map(d -> d.kind() + "\t" + d.number()).collect(Collectors.joining("\n"));
	}

	private static List<IdentityDocument> decodeDocuments(@Nullable String text) {
		List<IdentityDocument> documents = new ArrayList<>();
		for (String line : lines(text)) {
			String[] parts = line.split("\t", 2);
			documents.add(new IdentityDocument(parts[0], parts[1]));
		}
		return documents;
	}

	private static List<String> lines(@Nullable String text) {
		return (text == null || text.isEmpty()) ? List.of() : Arrays.asList(text.split("\n"));
	}

	private static @Nullable ChildStatus status(@Nullable String name) {
		return (name != null) ? ChildStatus.valueOf(name) : null;
	}

	private static @Nullable String key(@Nullable String text) {
		return (text != null) ? text.strip().toLowerCase(Locale.ROOT) : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private record ChildRow(UUID id, String caseNumber, ChildStatus status, boolean synthetic) {

		ChildSummary summary(List<IdentityVersion> versions) {
			Identity primary = Child.primaryOf(versions).identity();
			return new ChildSummary(this.id, this.caseNumber, this.status, this.synthetic, primary.givenName(),
					primary.familyName(), primary.birthDate(), primary.oblast(), versions.size());
		}

	}

}
