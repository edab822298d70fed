package org.homeward.registry;

import java.util.Map;
import java.util.UUID;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one way controllers reach a child: a restricted child that does not grant the user
 * is answered exactly like a child that does not exist (404), and every read, shown or
 * refused, is in the audit ledger.
 */
@Component
class VisibleChildren {

	private final ChildRegistry registry;

	private final AuditLedger audit;

	VisibleChildren(ChildRegistry registry, AuditLedger audit) {
		this.registry = registry;
		this.audit = audit;
	}

	/**
	 * Reads a child for display, and records the read.
	 * @throws ChildNotFoundException when there is no such child or the user may not see
	 * it
	 */
	Child read(UUID id, Authentication user) {
		Child child = require(id, user);
		this.audit.record(user.getName(), AuditAction.READ, "child", id.toString(), Map.of());
		return child;
	}

	/**
	 * Checks that the user may see a child before changing it.
	 * @throws ChildNotFoundException when there is no such child or the user may not see
	 * it
	 */
	Child require(UUID id, Authentication user) {
		Child child = this.registry.get(id);
		if (!Viewer.of(user).maySee(child)) {
			this.audit.record(user.getName(), AuditAction.READ, "child", id.toString(),
					Map.of("refused", "restricted record"));
			throw new ChildNotFoundException(id);
		}
		return child;
	}

}
