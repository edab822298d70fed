package org.homeward.votes;

import org.jspecify.annotations.Nullable;

/**
 * A voting file to import.
 *
 * @param fileName the file's name, as problems will cite it
 * @param content the file's text (UTF-8 decoded; a byte order mark is ignored)
 * @param format how to read it
 * @param majority the majority the file's resolutions need (UN Digital Library files do
 * not state it)
 * @param details the resolution's details: required for
 * {@link VoteFileFormat#MEMBER_VOTE}, ignored otherwise
 */
public record VoteImport(String fileName, String content, VoteFileFormat format, Majority majority,
		@Nullable ResolutionDetails details) {

	public VoteImport {
		fileName = fileName.isBlank() ? "upload.csv" : fileName.strip();
		content = content.startsWith("\uFEFF") ? content.substring(1) : content;
		if (format == VoteFileFormat.MEMBER_VOTE && details == null) {
			throw new IllegalArgumentException("a member,vote file needs the resolution's symbol, title and date");
		}
	}

}
