package org.homeward.access;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One link of the audit ledger.
 *
 * @param seq position in the chain, from 1
 * @param occurredAt when it happened
 * @param actor who did it (a user name, or {@code anonymous})
 * @param action what was done
 * @param targetType what kind of record, e.g. {@code child}
 * @param targetId which record
 * @param detail what exactly (a query, before and after), as JSON
 * @param remoteAddress where the request came from
 * @param previousHash the hash of the entry before, 64 zeros for the first
 * @param hash SHA-256 over this entry's fields and the previous hash
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, AuditAction action, @Nullable String targetType,
		@Nullable String targetId, @Nullable String detail, @Nullable String remoteAddress, String previousHash,
		String hash) {

}
