package org.homeward.access;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The ledger for people: an admin page that lists and filters entries, and the export of
 * one record's trail for legal teams (itself recorded as an export).
 */
@Controller
class AuditController {

	private final AuditLedger ledger;

	AuditController(AuditLedger ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/admin/audit")
	String page(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable AuditAction action,
			@RequestParam(required = false) @Nullable String targetType,
			@RequestParam(required = false) @Nullable String targetId, @RequestParam(defaultValue = "200") int limit,
			Authentication user, Model model) {
		List<AuditEntry> entries = (targetType != null && targetId != null && !targetId.isBlank())
				? this.ledger.forTarget(targetType, targetId.strip())
				: this.ledger.latest(blankToNull(actor), action, Math.min(Math.max(limit, 1), 1000));
		this.ledger.record(user.getName(), AuditAction.SEARCH, "audit", null, Map.of("actor", String.valueOf(actor),
				"action", String.valueOf(action), "target", String.valueOf(targetId)));
		model.addAttribute("entries", entries);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("verification", this.ledger.verify());
		return "admin/audit";
	}

	@GetMapping(path = "/api/v1/audit/{targetType}/{targetId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<RecordTrail> export(@PathVariable String targetType, @PathVariable String targetId,
			Authentication user) {
		List<AuditEntry> entries = this.ledger.forTarget(targetType, targetId);
		this.ledger.record(user.getName(), AuditAction.EXPORT, targetType, targetId,
				Map.of("exported", "audit trail", "entries", entries.size()));
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"audit-" + targetType + "-" + targetId + ".json\"")
			.body(new RecordTrail(targetType, targetId, entries, "Each entry's hash is SHA-256 over its fields, "
					+ "each as its UTF-8 length, ':' and its bytes, then the previous entry's hash (see the Homeward README)."));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * One record's audit trail, with the hashes that tie it to the whole ledger.
	 *
	 * @param targetType the kind of record
	 * @param targetId the record
	 * @param entries its entries, oldest first
	 * @param hashing how the hashes were computed
	 */
	record RecordTrail(String targetType, String targetId, List<AuditEntry> entries, String hashing) {
	}

}
