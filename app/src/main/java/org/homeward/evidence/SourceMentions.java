package org.homeward.evidence;

import java.util.List;
import java.util.Optional;

/**
 * Mentions: what sources say about children, imported from CSV, JSON Lines or XLSX.
 * Imports are transactional and idempotent: a file is known by its SHA-256, so the same
 * file twice adds nothing.
 */
public interface SourceMentions {

	/**
	 * Reads a file without storing anything.
	 * @param upload the file
	 * @return the rows that would land and the problems of the others
	 */
	MentionPreview preview(MentionUpload upload);

	/**
	 * Imports a file's mentions for a source.
	 * @param sourceId the source they come from
	 * @param upload the file
	 * @param actor who imports
	 * @return what was stored
	 * @throws MentionImportRejectedException when a row is invalid and
	 * {@link MentionUpload#skipInvalid()} is false, or the file cannot be read at all
	 */
	MentionImportReport importMentions(long sourceId, MentionUpload upload, String actor);

	/**
	 * A source's mentions, in file order.
	 * @param sourceId the source
	 * @return the mentions
	 */
	List<Mention> mentions(long sourceId);

	/**
	 * One mention.
	 * @param mentionId the mention's id
	 * @return the mention, or empty when there is none with this id
	 */
	Optional<Mention> mention(long mentionId);

	/**
	 * A file read but not stored.
	 *
	 * @param rows the valid rows with their lines
	 * @param problems the rejected rows
	 */
	record MentionPreview(List<MentionRow> rows, List<MentionProblem> problems) {

		public MentionPreview {
			rows = List.copyOf(rows);
			problems = List.copyOf(problems);
		}

	}

	/**
	 * One valid row.
	 *
	 * @param line its line or row in the file
	 * @param fields what it says
	 */
	record MentionRow(long line, MentionFields fields) {

	}

}
