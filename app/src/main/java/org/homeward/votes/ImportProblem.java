package org.homeward.votes;

/**
 * Why a voting file was refused, precisely enough to fix it.
 *
 * @param file the file's name
 * @param line the line in the file (1 is the first), or 0 for the file as a whole
 * @param column the column's name, or empty
 * @param reason what is wrong
 */
public record ImportProblem(String file, long line, String column, String reason) {

	@Override
	public String toString() {
		String where = (this.line > 0) ? this.file + ":" + this.line : this.file;
		return where + (this.column.isEmpty() ? "" : " [" + this.column + "]") + ": " + this.reason;
	}

}
