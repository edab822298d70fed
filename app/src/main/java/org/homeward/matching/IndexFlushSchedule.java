package org.homeward.matching;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the identity index to disk every few minutes
 * ({@code homeward.index.flush-interval}, 5 minutes by default) when it changed, and at
 * shutdown; warns when another process changed identities that this index does not hold.
 */
@Component
class IndexFlushSchedule {

	private static final Logger log = LoggerFactory.getLogger(IndexFlushSchedule.class);

	private final IdentityIndex index;

	private long behindBefore;

	IndexFlushSchedule(IdentityIndex index) {
		this.index = index;
	}

	@Scheduled(fixedDelayString = "${homeward.index.flush-interval:PT5M}",
			initialDelayString = "${homeward.index.flush-interval:PT5M}")
	void flushPeriodically() {
		warnIfChangedElsewhere();
		flushQuietly();
	}

	@EventListener(ContextClosedEvent.class)
	void flushAtShutdown() {
		flushQuietly();
	}

	void flushQuietly() {
		try {
			this.index.flush();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The identity index could not be written: {}", ex.toString());
		}
	}

	/*
	 * Changes made by another process (an operator command, a batch job) are counted in
	 * the database but never reach this index; behind at two checks in a row is no longer
	 * a change in flight.
	 */
	private void warnIfChangedElsewhere() {
		long behind = this.index.changesBehind();
		if (behind > 0 && this.behindBefore > 0) {
			log.warn("{} identity changes were made by another process; search and linking see them after the "
					+ "next start (which rebuilds the index)", behind);
		}
		this.behindBefore = behind;
	}

}
