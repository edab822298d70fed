/**
 * Evidence: the open sources that speak of deported children, their captures with
 * court-grade integrity (a write-once, content-addressed store; WARC records of web
 * captures with the server's certificate chain; RFC 3161 timestamps; a custody log in the
 * audit ledger), court packages that verify offline, and mentions: what a source says
 * about one child.
 * <p>
 * Public surface: {@link org.homeward.evidence.EvidenceArchive} and its records,
 * {@link org.homeward.evidence.SourceMentions} with the event
 * {@link org.homeward.evidence.MentionsImported}, and the command-line entry point
 * {@link org.homeward.evidence.EvidenceCommand}. Controllers, repositories, the store and
 * the file formats are package-private.
 */
@NullMarked
package org.homeward.evidence;

import org.jspecify.annotations.NullMarked;
