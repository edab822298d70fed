package org.homeward.matching;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work once the current transaction has committed, before any other work that waits
 * for that commit; at once when no transaction is active.
 */
final class AfterCommit {

	private AfterCommit() {
	}

	/**
	 * Runs work after the commit, first of all.
	 * @param work what to run; not run when the transaction rolls back
	 */
	static void runFirst(Runnable work) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			work.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				work.run();
			}

			@Override
			public int getOrder() {
				return Ordered.HIGHEST_PRECEDENCE;
			}
		});
	}

}
