package org.homeward.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Sources in SQL that runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
 */
@Repository
class JdbcSourceRepository {

	private final JdbcClient jdbc;

	JdbcSourceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(SourceDraft d, String actor, Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		params(this.jdbc.sql("""
				insert into evidence_source (kind, title, publisher, url, language, published_on, captured_on,
				  reliability, withheld, notes, created_by, created_at, updated_at)
				values (:kind, :title, :publisher, :url, :language, :published, :captured, :reliability, :withheld,
				  :notes, :actor, :now, :now)"""), d).param("actor", actor).param("now", utc(now)).update(key, "id");
		return Objects.requireNonNull(key.getKeyAs(Number.class)).longValue();
	}

	boolean update(long id, SourceDraft d, Instant now) {
		return params(this.jdbc.sql("""
				update evidence_source set kind = :kind, title = :title, publisher = :publisher, url = :url,
				  language = :language, published_on = :published, captured_on = :captured,
				  reliability = :reliability, withheld = :withheld, notes = :notes, updated_at = :now
				where id = :id"""), d).param("now", utc(now)).param("id", id).update() == 1;
	}

	Optional<Source> find(long id) {
		return this.jdbc.sql("select * from evidence_source where id = :id")
			.param("id", id)
			.query((rs, n) -> source(rs))
			.optional();
	}

	List<Source> list() {
		return this.jdbc.sql("select * from evidence_source order by id desc").query((rs, n) -> source(rs)).list();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, SourceDraft d) {
		return spec.param("kind", d.kind().name())
			.param("title", d.title())
			.param("publisher", d.publisher())
			.param("url", d.url())
			.param("language", d.language())
			.param("published", d.publishedOn())
			.param("captured", d.capturedOn())
			.param("reliability", d.reliability())
			.param("withheld", d.withheld())
			.param("notes", d.notes());
	}

	private static Source source(ResultSet rs) throws SQLException {
		SourceDraft details = new SourceDraft(SourceKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("publisher"), rs.getString("url"), rs.getString("language"),
				rs.getObject("published_on", LocalDate.class), rs.getObject("captured_on", LocalDate.class),
				rs.getString("reliability"), rs.getBoolean("withheld"), rs.getString("notes"));
		return new Source(rs.getLong("id"), details, rs.getString("created_by"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
