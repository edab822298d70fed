package org.homeward.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.access.AuditEntry;
import org.homeward.access.AuditLedger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Each item's chain of custody, kept in the hash-chained audit ledger: the custody action
 * is in the entry's detail ({@code "custody": "VIEW"}), with the item's hash as target.
 */
@Component
class CustodyLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditLedger ledger;

	CustodyLog(AuditLedger ledger) {
		this.ledger = ledger;
	}

	void record(String actor, CustodyAction action, String sha256, Map<String, ?> detail) {
		Map<String, Object> all = new LinkedHashMap<>(detail);
		all.put("custody", action.name());
		this.ledger.record(actor, action.audit(), EvidenceArchive.TARGET_TYPE, sha256, all);
	}

	List<CustodyEntry> entries(String sha256) {
		return this.ledger.forTarget(EvidenceArchive.TARGET_TYPE, sha256)
			.stream()
			.filter(e -> e.detail() != null)
			.map(e -> new CustodyEntry(e.seq(), e.occurredAt(), e.actor(), action(e), sha256, e.detail(), e.hash()))
			.toList();
	}

	private static CustodyAction action(AuditEntry entry) {
		JsonNode custody = JSON.readTree(String.valueOf(entry.detail())).get("custody");
		return (custody != null) ? CustodyAction.valueOf(custody.asString()) : CustodyAction.VIEW;
	}

}
