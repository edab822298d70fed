package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

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
			.param("now", ChildRows.utc(now))
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
			.param("now", ChildRows.utc(now))
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

	void deleteIdentity(UUID childId, UUID versionId) {
		this.jdbc.sql("delete from identity_version where id = :id and child_id = :child")
			.param("id", versionId)
			.param("child", childId)
			.update();
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
			.param("oblastKey", ChildRows.key(identity.oblast()))
			.param("nameKey", ChildRows.key(identity.fullName()))
			.param("citizenship", identity.citizenship())
			.param("documents", ChildRows.encodeDocuments(identity.documents()))
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
			.param("now", ChildRows.utc(now))
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
			.param("now", ChildRows.utc(now))
			.param("id", childId)
			.param("expected", expected.name())
			.update() == 1;
	}

	void touch(UUID childId, Instant now) {
		this.jdbc.sql("update child set updated_at = :now, row_version = row_version + 1 where id = :id")
			.param("now", ChildRows.utc(now))
			.param("id", childId)
			.update();
	}

	void updateNotes(UUID childId, @Nullable String notes, Instant now) {
		this.jdbc
			.sql("update child set notes = :notes, updated_at = :now, row_version = row_version + 1 where id = :id")
			.param("notes", notes)
			.param("now", ChildRows.utc(now))
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
			.param("now", ChildRows.utc(now))
			.param("actor", actor)
			.update();
	}

	void updateRestriction(UUID childId, boolean restricted, Collection<String> grantees, Instant now) {
		this.jdbc
			.sql("update child set restricted = :r, updated_at = :now, row_version = row_version + 1 where id = :id")
			.param("r", restricted)
			.param("now", ChildRows.utc(now))
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
			.param("now", ChildRows.utc(now))
			.param("id", childId)
			.update();
	}

	void merge(UUID survivor, UUID merged, String reason, Instant now, String actor) {
		this.jdbc.sql("update child set merged_into = :survivor where id = :merged")
			.param("survivor", survivor)
			.param("merged", merged)
			.update();
		this.jdbc.sql("""
				insert into child_merge (id, survivor_id, merged_id, reason, merged_at, merged_by)
				values (:id, :survivor, :merged, :reason, :now, :actor)""")
			.param("id", UUID.randomUUID())
			.param("survivor", survivor)
			.param("merged", merged)
			.param("reason", reason)
			.param("now", ChildRows.utc(now))
			.param("actor", actor)
			.update();
	}

	void split(UUID merged, String reason, Instant now, String actor) {
		this.jdbc.sql("update child set merged_into = null where id = :merged").param("merged", merged).update();
		this.jdbc.sql("""
				update child_merge set split_at = :now, split_by = :actor, split_reason = :reason
				where merged_id = :merged and split_at is null""")
			.param("now", ChildRows.utc(now))
			.param("actor", actor)
			.param("reason", reason)
			.param("merged", merged)
			.update();
	}

}
