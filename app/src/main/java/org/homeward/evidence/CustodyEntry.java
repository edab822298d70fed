package org.homeward.evidence;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One link of an item's chain of custody, from the audit ledger.
 *
 * @param seq the ledger entry's number
 * @param at when
 * @param actor who
 * @param action what
 * @param sha256 the item
 * @param detail the ledger entry's detail, JSON, or null
 * @param entryHash the ledger entry's hash, linking it into the chain
 */
public record CustodyEntry(long seq, Instant at, String actor, CustodyAction action, String sha256,
		@Nullable String detail, String entryHash) {

}
