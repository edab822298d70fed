package org.homeward.access;

import java.nio.file.Files;
import java.nio.file.Path;

import org.homeward.testsupport.DemoInstance;
import org.homeward.testsupport.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's trail for legal teams, and the daily anchors that pin the ledger down.
 */
@DemoInstance
class AuditTrailTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	AuditAnchors anchors;

	@Autowired
	JdbcAuditLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Value("${homeward.data}")
	Path data;

	@Test
	void legalExportsTheTrailOfARecordAndTheExportIsRecorded() {
		Http http = new Http(this.port);
		String id = http.get("/api/v1/children?size=1", "demo-investigator")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asString();
		http.get("/api/v1/children/" + id, "demo-investigator");
		JsonNode trail = http.get("/api/v1/audit/child/" + id, "demo-legal").json();
		assertThat(trail.get("entries").size()).isGreaterThanOrEqualTo(2);
		assertThat(trail.get("entries").get(0).get("action").asString()).isEqualTo("CREATE");
		assertThat(trail.get("entries").get(0).get("hash").asString()).hasSize(64);
		assertThat(this.ledger.forTarget("child", id)).last()
			.satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.EXPORT));
		assertThat(http.get("/api/v1/audit/child/" + id, "demo-investigator").status()).isEqualTo(403);
	}

	@Test
	void anchorsHoldUntilTheLedgerIsRewritten() throws Exception {
		// other test contexts, with other in-memory ledgers, anchor into the same folder
		Path folder = this.data.resolve("audit/anchors");
		if (Files.isDirectory(folder)) {
			try (var files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
		this.anchors.anchorToday();
		assertThat(this.data.resolve("audit/anchors")).isDirectory();
		assertThat(this.anchors.check(this.ledger::hashAt)).isEmpty();
		long seq = this.jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
		String original = this.ledger.hashAt(seq);
		this.jdbc.sql("update audit_entry set entry_hash = :h where seq = :s")
			.param("h", "f".repeat(64))
			.param("s", seq)
			.update();
		try {
			assertThat(this.anchors.check(this.ledger::hashAt)).anySatisfy(p -> assertThat(p).contains("entry " + seq));
		}
		finally {
			this.jdbc.sql("update audit_entry set entry_hash = :h where seq = :s")
				.param("h", original)
				.param("s", seq)
				.update();
		}
	}

}
