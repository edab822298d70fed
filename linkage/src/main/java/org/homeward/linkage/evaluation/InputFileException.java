package org.homeward.linkage.evaluation;

import java.nio.file.Path;

/**
 * A problem in an input file, located by file, line and column so that a person can fix
 * it.
 */
public final class InputFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception; its message reads {@code FILE line N, column C: PROBLEM}.
	 * @param file the file
	 * @param line the 1-based line number
	 * @param column the column name (or number, as text)
	 * @param problem what is wrong
	 */
	public InputFileException(Path file, long line, String column, String problem) {
		super(file + " line " + line + ", column " + column + ": " + problem);
	}

}
