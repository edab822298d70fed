package org.homeward.evidence;

import org.homeward.access.AuditAction;

/**
 * What happened to an evidence item, as its custody log records it.
 */
public enum CustodyAction {

	CAPTURE(AuditAction.CREATE), VIEW(AuditAction.READ), DOWNLOAD(AuditAction.EXPORT), EXPORT(AuditAction.EXPORT),
	REDACTION(AuditAction.CREATE);

	private final AuditAction audit;

	CustodyAction(AuditAction audit) {
		this.audit = audit;
	}

	/**
	 * The audit ledger's action this is recorded under; the custody action itself is in
	 * the entry's detail.
	 * @return the audit action
	 */
	public AuditAction audit() {
		return this.audit;
	}

}
