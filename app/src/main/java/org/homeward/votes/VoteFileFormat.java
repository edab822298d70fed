package org.homeward.votes;

import java.util.Locale;

/**
 * The voting files Homeward reads.
 */
public enum VoteFileFormat {

	/**
	 * The UN Digital Library's voting data: one row per member per resolution, columns
	 * named {@code ms_code}, {@code ms_name}, {@code ms_vote} (older files:
	 * {@code ms_votes}), {@code resolution}, {@code draft}, {@code date}, {@code title},
	 * {@code session}, {@code meeting}, and optionally {@code time}, {@code total_yes},
	 * {@code total_no}, {@code total_abstentions}, {@code total_non_voting}. One file may
	 * hold several resolutions.
	 */
	UN_DIGITAL_LIBRARY,
	/**
	 * Columns {@code member,vote} for one resolution whose details are given separately;
	 * the member is a code or any common, official or Assembly name.
	 */
	MEMBER_VOTE;

	/**
	 * Guesses the format from the first line that is not a comment: a header naming
	 * {@code ms_vote} or {@code ms_votes} is the UN Digital Library's.
	 * @param content the file's text
	 * @return the format
	 */
	public static VoteFileFormat detect(String content) {
		for (String line : content.lines().toList()) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String header = line.toLowerCase(Locale.ROOT);
				return (header.contains("ms_vote")) ? UN_DIGITAL_LIBRARY : MEMBER_VOTE;
			}
		}
		return MEMBER_VOTE;
	}

}
