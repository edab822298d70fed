package org.homeward.access;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Published when the day's anchor of the audit ledger has been written, so that a
 * capability holding a timestamp client can have the anchor file timestamped.
 *
 * @param date the day
 * @param seq the latest entry at that moment
 * @param hash that entry's hash
 * @param file the signed anchor file
 */
public record LedgerAnchored(LocalDate date, long seq, String hash, Path file) {

}
