package org.homeward.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.homeward.evidence.SourceMentions.MentionRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.homeward.evidence.JdbcSourceRepository.utc;

/**
 * Imported mentions files and their mentions in SQL that runs unchanged on H2 (PostgreSQL
 * mode) and PostgreSQL.
 */
@Repository
class JdbcMentionRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	JdbcMentionRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	boolean fileImported(String sha256) {
		return this.jdbc.sql("select count(*) from evidence_mention_file where sha256 = :sha")
			.param("sha", sha256)
			.query(Integer.class)
			.single() > 0;
	}

	void insertFile(String sha256, long sourceId, String fileName, int imported, int rejected, String actor,
			Instant now) {
		this.jdbc.sql("""
				insert into evidence_mention_file (sha256, source_id, file_name, rows_imported, rows_rejected,
				  imported_by, imported_at)
				values (:sha, :source, :name, :imported, :rejected, :actor, :now)""")
			.param("sha", sha256)
			.param("source", sourceId)
			.param("name", fileName)
			.param("imported", imported)
			.param("rejected", rejected)
			.param("actor", actor)
			.param("now", utc(now))
			.update();
	}

	void insertMentions(long sourceId, String fileSha256, List<MentionRow> rows) {
		List<Object[]> values = rows.stream().map(r -> {
			MentionFields f = r.fields();
			return new Object[] { sourceId, fileSha256, r.line(), f.recordId(), f.sourceLabel(), f.givenName(),
					f.familyName(), f.patronymic(), f.sex(), f.birthDate(), f.settlement(), f.oblast(), f.freeText(),
					f.placeInSource() };
		}).toList();
		this.batch.batchUpdate("""
				insert into evidence_mention (source_id, file_sha256, line_no, record_id, source_label, given_name,
				  family_name, patronymic, sex, birth_date, settlement, oblast, free_text, place_in_source)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values,
				new int[] { Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
						Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
						Types.VARCHAR, Types.VARCHAR });
	}

	List<Long> idsOfFile(String fileSha256) {
		return this.jdbc.sql("select id from evidence_mention where file_sha256 = :sha order by id")
			.param("sha", fileSha256)
			.query(Long.class)
			.list();
	}

	List<Mention> forSource(long sourceId) {
		return this.jdbc.sql("select * from evidence_mention where source_id = :id order by id")
			.param("id", sourceId)
			.query((rs, n) -> mention(rs))
			.list();
	}

	Optional<Mention> find(long mentionId) {
		return this.jdbc.sql("select * from evidence_mention where id = :id")
			.param("id", mentionId)
			.query((rs, n) -> mention(rs))
			.optional();
	}

	private static Mention mention(ResultSet rs) throws SQLException {
		return new Mention(rs.getLong("id"), rs.getLong("source_id"), rs.getString("file_sha256"),
				rs.getLong("line_no"),
				new MentionFields(rs.getString("record_id"), rs.getString("source_label"), rs.getString("given_name"),
						rs.getString("family_name"), rs.getString("patronymic"), rs.getString("sex"),
						rs.getString("birth_date"), rs.getString("settlement"), rs.getString("oblast"),
						rs.getString("free_text"), rs.getString("place_in_source")));
	}

}
