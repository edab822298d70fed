package org.homeward.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The ledger in SQL. The hash of an entry is SHA-256 over its fields, each written as its
 * length and its UTF-8 bytes (so no two different entries encode alike), followed by the
 * previous entry's hash. Appends lock the single row of {@code audit_head}: one chain, in
 * one order, whichever process writes.
 */
@Service
class JdbcAuditLedger implements AuditLedger {

	static final String GENESIS = "0".repeat(64);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAuditLedger(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEntry record(String actor, AuditAction action, @Nullable String targetType, @Nullable String targetId,
			Map<String, ?> detail) {
		Head head = this.jdbc.sql("select seq, entry_hash from audit_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String json = detail.isEmpty() ? null : JSON.writeValueAsString(new TreeMap<>(detail));
		long seq = head.seq() + 1;
		String remote = remoteAddress();
		String hash = hash(seq, now, actor, action, targetType, targetId, json, remote, head.hash());
		AuditEntry entry = new AuditEntry(seq, now, actor, action, targetType, targetId, json, remote, head.hash(),
				hash);
		insert(entry);
		this.jdbc.sql("update audit_head set seq = :seq, entry_hash = :hash where id = 1")
			.param("seq", seq)
			.param("hash", hash)
			.update();
		return entry;
	}

	private void insert(AuditEntry e) {
		this.jdbc
			.sql("""
					insert into audit_entry (seq, occurred_at, actor, action, target_type, target_id, detail, remote_address,
					  prev_hash, entry_hash)
					values (:seq, :at, :actor, :action, :type, :id, :detail, :remote, :prev, :hash)""")
			.param("seq", e.seq())
			.param("at", e.occurredAt().atOffset(ZoneOffset.UTC))
			.param("actor", e.actor())
			.param("action", e.action().name())
			.param("type", e.targetType())
			.param("id", e.targetId())
			.param("detail", e.detail())
			.param("remote", e.remoteAddress())
			.param("prev", e.previousHash())
			.param("hash", e.hash())
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public LedgerVerification verify() {
		AtomicReference<String> previous = new AtomicReference<>(GENESIS);
		AtomicReference<LedgerVerification> broken = new AtomicReference<>();
		long[] count = { 0 };
		this.jdbc.sql("select * from audit_entry order by seq").query(rs -> {
			if (broken.get() != null) {
				return;
			}
			count[0]++;
			AuditEntry e;
			try {
				e = entry(rs);
			}
			catch (IllegalArgumentException ex) {
				broken.set(new LedgerVerification(count[0], rs.getLong("seq"),
						"it cannot be read (" + ex.getMessage() + ")", previous.get()));
				return;
			}
			String problem = check(e, count[0], previous.get());
			if (problem != null) {
				long brokenSeq = Math.min(e.seq(), count[0]);
				broken.set(new LedgerVerification(count[0], brokenSeq, problem, previous.get()));
			}
			previous.set(e.hash());
		});
		if (broken.get() != null) {
			return broken.get();
		}
		Head head = this.jdbc.sql("select seq, entry_hash from audit_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		if (head.seq() != count[0] || !head.hash().equals(previous.get())) {
			return new LedgerVerification(count[0], count[0] + 1,
					"the head says entry %d with hash %s, but the chain ends at entry %d".formatted(head.seq(),
							head.hash(), count[0]),
					previous.get());
		}
		return new LedgerVerification(count[0], null, null, previous.get());
	}

	private static @Nullable String check(AuditEntry e, long expectedSeq, String previousHash) {
		if (e.seq() != expectedSeq) {
			return "entry %d is missing (found %d next)".formatted(expectedSeq, e.seq());
		}
		if (!e.previousHash().equals(previousHash)) {
			return "its link to entry %d does not match that entry's hash".formatted(e.seq() - 1);
		}
		String recomputed = hash(e.seq(), e.occurredAt(), e.actor(), e.action(), e.targetType(), e.targetId(),
				e.detail(), e.remoteAddress(), e.previousHash());
		return recomputed.equals(e.hash()) ? null : "its content does not match its hash (changed after writing)";
	}

	/**
	 * The hash the ledger holds for an entry.
	 * @param seq the entry's number
	 * @return its hash, or null when there is no such entry
	 */
	public @Nullable String hashAt(long seq) {
		return this.jdbc.sql("select entry_hash from audit_entry where seq = :seq")
			.param("seq", seq)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> forTarget(String targetType, String targetId) {
		return this.jdbc.sql("select * from audit_entry where target_type = :type and target_id = :id order by seq")
			.param("type", targetType)
			.param("id", targetId)
			.query((rs, n) -> entry(rs))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> latest(@Nullable String actor, @Nullable AuditAction action, int limit) {
		StringBuilder sql = new StringBuilder("select * from audit_entry where 1 = 1");
		Map<String, Object> params = new TreeMap<>();
		if (actor != null) {
			sql.append(" and actor = :actor");
			params.put("actor", actor);
		}
		if (action != null) {
			sql.append(" and action = :action");
			params.put("action", action.name());
		}
		return this.jdbc.sql(sql.append(" order by seq desc limit :limit").toString())
			.params(params)
			.param("limit", limit)
			.query((rs, n) -> entry(rs))
			.list();
	}

	private static AuditEntry entry(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("target_type"),
				rs.getString("target_id"), rs.getString("detail"), rs.getString("remote_address"),
				rs.getString("prev_hash"), rs.getString("entry_hash"));
	}

	static String hash(long seq, Instant at, String actor, AuditAction action, @Nullable String targetType,
			@Nullable String targetId, @Nullable String detail, @Nullable String remote, String previousHash) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String field : new String[] { Long.toString(seq), at.toString(), actor, action.name(), targetType,
					targetId, detail, remote, previousHash }) {
				byte[] bytes = (field != null) ? field.getBytes(StandardCharsets.UTF_8) : new byte[0];
				digest
					.update(Integer.toString((field != null) ? bytes.length : -1).getBytes(StandardCharsets.US_ASCII));
				digest.update((byte) ':');
				digest.update(bytes);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static @Nullable String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private record Head(long seq, String hash) {
	}

}
