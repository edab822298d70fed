package org.homeward.evidence;

/**
 * Why a row of a mentions file was rejected, precisely enough to fix it.
 *
 * @param line the line (CSV, JSON Lines) or row (XLSX), 1 for the first; 0 for the file
 * as a whole
 * @param column the column's name, or empty
 * @param reason what is wrong
 */
public record MentionProblem(long line, String column, String reason) {

	@Override
	public String toString() {
		return ((this.line > 0) ? "line " + this.line : "file")
				+ (this.column.isEmpty() ? "" : " [" + this.column + "]") + ": " + this.reason;
	}

}
