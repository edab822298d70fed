package org.homeward.evidence;

import java.util.Locale;

/**
 * A mentions file to preview or import.
 *
 * @param fileName its name; {@code .csv}, {@code .jsonl} / {@code .ndjson} or
 * {@code .xlsx} says how to read it
 * @param content its bytes
 * @param skipInvalid false to refuse the whole file when any row is invalid; true to
 * import the valid rows and report the rest
 */
public record MentionUpload(String fileName, byte[] content, boolean skipInvalid) {

	/** The largest mentions file accepted: 20 MB. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	public MentionUpload {
		fileName = (fileName == null || fileName.isBlank()) ? "mentions.csv" : fileName.strip();
		checkSize(content.length);
		content = content.clone();
	}

	/**
	 * Checks a mentions file's size before it is read.
	 * @param size its size in bytes
	 * @throws IllegalArgumentException when it is larger than {@link #MAX_BYTES}
	 */
	public static void checkSize(long size) {
		if (size > MAX_BYTES) {
			throw new IllegalArgumentException("a mentions file may have at most " + MAX_BYTES + " bytes, not " + size);
		}
	}

	/**
	 * How the file is read.
	 * @return {@code CSV}, {@code JSONL} or {@code XLSX}
	 * @throws IllegalArgumentException for another extension
	 */
	public String format() {
		String name = this.fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			return "CSV";
		}
		if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
			return "JSONL";
		}
		if (name.endsWith(".xlsx")) {
			return "XLSX";
		}
		throw new IllegalArgumentException(
				"a mentions file is .csv, .jsonl (JSON Lines) or .xlsx, not '" + this.fileName + "'");
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

}
