package org.homeward.evidence;

import java.util.List;

/**
 * Published inside the import's transaction when a mentions file has landed, so that
 * matching can link each new mention to a child.
 *
 * @param sourceId the source the mentions come from
 * @param mentionIds the new mentions' ids, in file order; never empty
 */
public record MentionsImported(long sourceId, List<Long> mentionIds) {

	public MentionsImported {
		mentionIds = List.copyOf(mentionIds);
		if (mentionIds.isEmpty()) {
			throw new IllegalArgumentException("an import event needs at least one mention");
		}
	}

}
