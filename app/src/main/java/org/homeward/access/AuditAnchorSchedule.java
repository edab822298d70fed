package org.homeward.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Anchors the ledger when the server starts and then every day (see
 * {@link AuditAnchors}). Operator commands do not anchor.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditAnchorSchedule {

	private final AuditAnchors anchors;

	private final boolean operator;

	AuditAnchorSchedule(AuditAnchors anchors, @Value("${homeward.operator:false}") boolean operator) {
		this.anchors = anchors;
		this.operator = operator;
	}

	@EventListener(ApplicationReadyEvent.class)
	void anchorOnStart() {
		if (!this.operator) {
			this.anchors.anchorToday();
		}
	}

}
