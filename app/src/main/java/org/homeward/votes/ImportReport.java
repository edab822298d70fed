package org.homeward.votes;

import java.util.List;

/**
 * What an import stored.
 *
 * @param file the file's name
 * @param resolutions each resolution in the file, in file order
 * @param notes what the importer should know but that did not stop the import (members
 * without a vote in the file)
 */
public record ImportReport(String file, List<ImportedResolution> resolutions, List<String> notes) {

	public ImportReport {
		resolutions = List.copyOf(resolutions);
		notes = List.copyOf(notes);
	}

	/**
	 * One resolution of the file.
	 *
	 * @param id its id in Homeward
	 * @param symbol its symbol
	 * @param tally its totals
	 * @param adopted whether the totals reach its majority
	 * @param unchanged true when the same record was already stored (nothing was written)
	 */
	public record ImportedResolution(long id, String symbol, Tally tally, boolean adopted, boolean unchanged) {

	}

}
