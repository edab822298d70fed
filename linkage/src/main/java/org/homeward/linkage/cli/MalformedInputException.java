package org.homeward.linkage.cli;

import java.nio.file.Path;

/**
 * An input file the link command cannot read; the message names the file, line and
 * column.
 */
final class MalformedInputException extends Exception {

	private static final long serialVersionUID = 1L;

	MalformedInputException(Path file, long line, int column, String problem) {
		super(file + ":" + line + ":" + column + ": " + problem);
	}

}
