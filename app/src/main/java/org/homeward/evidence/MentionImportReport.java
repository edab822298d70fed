package org.homeward.evidence;

import java.util.List;

/**
 * What an import of a mentions file did.
 *
 * @param fileName the file's name
 * @param sha256 the file's SHA-256, by which a second import is recognised
 * @param imported how many mentions were stored now
 * @param alreadyImported true when the same file was imported before (nothing stored now)
 * @param rejected the rows left out, each with its line, column and reason
 */
public record MentionImportReport(String fileName, String sha256, int imported, boolean alreadyImported,
		List<MentionProblem> rejected) {

	public MentionImportReport {
		rejected = List.copyOf(rejected);
	}

}
