package org.homeward.facilities;

import java.util.List;

/**
 * What an import stored.
 *
 * @param created facilities created
 * @param updated facilities updated (records whose id was already known)
 * @param warnings flagged coordinates, stored with the facility for review
 */
public record ImportResult(int created, int updated, List<FacilityProblem> warnings) {

	public ImportResult {
		warnings = List.copyOf(warnings);
	}

}
