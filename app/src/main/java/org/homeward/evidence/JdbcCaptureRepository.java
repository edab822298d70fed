package org.homeward.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import static org.homeward.evidence.JdbcSourceRepository.instant;
import static org.homeward.evidence.JdbcSourceRepository.utc;

/**
 * Captures, their items and their timestamps. The bytes are in the {@link ContentStore};
 * {@code evidence_blob} records each stored file once.
 */
@Repository
class JdbcCaptureRepository {

	private static final String ITEM = "select i.*, b.size_bytes from evidence_item i "
			+ "join evidence_blob b on b.sha256 = i.sha256 ";

	private final JdbcClient jdbc;

	JdbcCaptureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void recordBlob(StoredBlob blob, Instant now) {
		boolean known = this.jdbc.sql("select count(*) from evidence_blob where sha256 = :sha")
			.param("sha", blob.sha256())
			.query(Integer.class)
			.single() > 0;
		if (!known) {
			this.jdbc.sql("insert into evidence_blob (sha256, size_bytes, first_stored_at) values (:sha, :size, :now)")
				.param("sha", blob.sha256())
				.param("size", blob.size())
				.param("now", utc(now))
				.update();
		}
	}

	long insertCapture(long sourceId, String method, @Nullable String requestedUrl, @Nullable String finalUrl,
			@Nullable Integer status, Instant at, String actor) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into evidence_capture (source_id, method, requested_url, final_url, http_status, captured_at,
				  captured_by)
				values (:source, :method, :requested, :final, :status, :at, :actor)""")
			.param("source", sourceId)
			.param("method", method)
			.param("requested", requestedUrl)
			.param("final", finalUrl)
			.param("status", status)
			.param("at", utc(at))
			.param("actor", actor)
			.update(key, "id");
		return Objects.requireNonNull(key.getKeyAs(Number.class)).longValue();
	}

	void insertItem(long captureId, StoredBlob blob, ItemRole role, String fileName, String contentType,
			@Nullable String derivedFrom, Instant now) {
		recordBlob(blob, now);
		this.jdbc
			.sql("""
					insert into evidence_item (capture_id, sha256, item_role, file_name, content_type, derived_from, added_at)
					values (:capture, :sha, :role, :name, :type, :derived, :now)""")
			.param("capture", captureId)
			.param("sha", blob.sha256())
			.param("role", role.name())
			.param("name", fileName)
			.param("type", contentType)
			.param("derived", derivedFrom)
			.param("now", utc(now))
			.update();
	}

	void insertTimestamp(long captureId, Capture.Timestamp t) {
		this.jdbc
			.sql("""
					insert into evidence_timestamp (capture_id, authority, manifest_sha256, token_sha256, chain_sha256, gen_time)
					values (:capture, :authority, :manifest, :token, :chain, :gen)""")
			.param("capture", captureId)
			.param("authority", t.authority())
			.param("manifest", t.manifestSha256())
			.param("token", t.tokenSha256())
			.param("chain", t.chainSha256())
			.param("gen", utc(t.genTime()))
			.update();
	}

	List<Capture> forSource(long sourceId) {
		return this.jdbc.sql("select * from evidence_capture where source_id = :id order by id")
			.param("id", sourceId)
			.query((rs, n) -> rs.getLong("id"))
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	Optional<Capture> find(long captureId) {
		List<EvidenceItem> items = this.jdbc.sql(ITEM + "where i.capture_id = :id order by i.id")
			.param("id", captureId)
			.query((rs, n) -> item(rs))
			.list();
		List<Capture.Timestamp> stamps = this.jdbc
			.sql("select * from evidence_timestamp where capture_id = :id order by id")
			.param("id", captureId)
			.query((rs, n) -> new Capture.Timestamp(rs.getString("authority"), rs.getString("manifest_sha256"),
					rs.getString("token_sha256"), rs.getString("chain_sha256"), instant(rs, "gen_time")))
			.list();
		return this.jdbc.sql("select * from evidence_capture where id = :id")
			.param("id", captureId)
			.query((rs, n) -> new Capture(rs.getLong("id"), rs.getLong("source_id"), rs.getString("method"),
					rs.getString("requested_url"), rs.getString("final_url"), (Integer) rs.getObject("http_status"),
					instant(rs, "captured_at"), rs.getString("captured_by"), items, stamps))
			.optional();
	}

	/** Every item stored with these bytes, oldest first. */
	List<EvidenceItem> items(String sha256) {
		return this.jdbc.sql(ITEM + "where i.sha256 = :sha order by i.id")
			.param("sha", sha256)
			.query((rs, n) -> item(rs))
			.list();
	}

	/** The source an item belongs to, through its capture. */
	long sourceOf(long captureId) {
		return this.jdbc.sql("select source_id from evidence_capture where id = :id")
			.param("id", captureId)
			.query(Long.class)
			.single();
	}

	private static EvidenceItem item(ResultSet rs) throws SQLException {
		return new EvidenceItem(rs.getLong("id"), rs.getLong("capture_id"), rs.getString("sha256"),
				rs.getLong("size_bytes"), ItemRole.valueOf(rs.getString("item_role")), rs.getString("file_name"),
				rs.getString("content_type"), rs.getString("derived_from"), instant(rs, "added_at"));
	}

}
