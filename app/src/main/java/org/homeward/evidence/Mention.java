package org.homeward.evidence;

/**
 * A mention as stored.
 *
 * @param id its id
 * @param sourceId the source that says it
 * @param fileSha256 the imported file it came from
 * @param line its line (or row) in that file
 * @param fields what it says
 */
public record Mention(long id, long sourceId, String fileSha256, long line, MentionFields fields) {

}
