package org.homeward.access;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The hash-chained, append-only record of every read, search, change, export and login.
 * Entries never expire.
 */
public interface AuditLedger {

	/**
	 * Appends an entry in the caller's transaction (or its own when there is none); the
	 * remote address is taken from the current HTTP request, if any.
	 * @param actor who acts
	 * @param action what they do
	 * @param targetType what kind of record, or null
	 * @param targetId which record, or null
	 * @param detail details written as JSON (a query, before and after); may be empty
	 * @return the new entry
	 */
	AuditEntry record(String actor, AuditAction action, @Nullable String targetType, @Nullable String targetId,
			Map<String, ?> detail);

	/**
	 * Walks the whole chain and recomputes every hash.
	 * @return the result, naming the first broken link if there is one
	 */
	LedgerVerification verify();

	/**
	 * Entries about one record, oldest first.
	 * @param targetType the kind of record
	 * @param targetId the record
	 * @return the entries
	 */
	List<AuditEntry> forTarget(String targetType, String targetId);

	/**
	 * The latest entries, newest first, optionally filtered.
	 * @param actor only this actor, or null
	 * @param action only this action, or null
	 * @param limit at most this many
	 * @return the entries
	 */
	List<AuditEntry> latest(@Nullable String actor, @Nullable AuditAction action, int limit);

	/**
	 * The outcome of walking the chain.
	 *
	 * @param entries how many entries were checked
	 * @param firstBrokenSeq the first entry whose hash or link does not hold, or null
	 * @param problem what is wrong with it, or null
	 * @param headHash the hash of the last entry
	 */
	record LedgerVerification(long entries, @Nullable Long firstBrokenSeq, @Nullable String problem, String headHash) {

		public boolean intact() {
			return this.firstBrokenSeq == null;
		}

	}

}
