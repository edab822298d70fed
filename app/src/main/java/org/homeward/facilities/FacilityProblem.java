package org.homeward.facilities;

/**
 * Something wrong with a facility record, named precisely enough to fix it.
 *
 * @param where which record: {@code "line 3"} of a CSV file, {@code "feature 2"} of a
 * GeoJSON file, or {@code "request"}
 * @param field which field, e.g. {@code latitude}
 * @param message what is wrong
 */
public record FacilityProblem(String where, String field, String message) {

	@Override
	public String toString() {
		return this.where + ", " + this.field + ": " + this.message;
	}

}
