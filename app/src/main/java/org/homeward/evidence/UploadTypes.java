package org.homeward.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.homeward.evidence.EvidenceRefusedException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of file researchers upload: web pages, PDF, images, video, spreadsheets and
 * plain text. A declared type outside this list is refused; a type with a known signature
 * (PDF, PNG, JPEG, GIF, WebP, MP4, XLSX) must match the file's first bytes, so a renamed
 * file cannot pass as another.
 */
final class UploadTypes {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Map<String, String> BY_EXTENSION = Map.ofEntries(Map.entry("html", "text/html"),
			Map.entry("htm", "text/html"), Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"),
			Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
			Map.entry("webp", "image/webp"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
			Map.entry("mov", "video/quicktime"), Map.entry("csv", "text/csv"), Map.entry("txt", "text/plain"),
			Map.entry("json", "application/json"), Map.entry("xlsx", XLSX),
			Map.entry("xls", "application/vnd.ms-excel"),
			Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"), Map.entry("warc", "application/warc"),
			Map.entry("mhtml", "multipart/related"));

	private UploadTypes() {
	}

	/**
	 * The media type to record for an upload.
	 * @param declared the type the client sent, or null
	 * @param fileName the file's name
	 * @return a type from the list, without parameters
	 * @throws EvidenceRefusedException when the type is not one Homeward keeps
	 */
	static String resolve(@Nullable String declared, String fileName) {
		String type = (declared == null) ? "" : declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
		if (type.isEmpty() || type.equals("application/octet-stream")) {
			int dot = fileName.lastIndexOf('.');
			type = BY_EXTENSION.getOrDefault((dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT), "");
		}
		if (!BY_EXTENSION.containsValue(type)) {
			throw new EvidenceRefusedException(Reason.CONTENT_TYPE,
					"'" + fileName + "' has the type '" + (type.isEmpty() ? "unknown" : type)
							+ "'; Homeward keeps web pages, PDF, images, video, spreadsheets and plain text");
		}
		return type;
	}

	/**
	 * Checks that the file's first bytes match its type, where the type has a signature.
	 * @param type a type from {@link #resolve}
	 * @param head the file's first bytes (at least 12 when the file is that long)
	 * @param fileName the file's name, for the message
	 * @throws EvidenceRefusedException when they do not match
	 */
	static void checkSignature(String type, byte[] head, String fileName) {
		boolean ok = switch (type) {
			case "application/pdf" -> startsWith(head, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII));
			case "image/png" -> startsWith(head, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G' });
			case "image/jpeg" -> startsWith(head, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });
			case "image/gif" -> startsWith(head, 0, "GIF8".getBytes(StandardCharsets.US_ASCII));
			case "image/webp" -> startsWith(head, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
					&& startsWith(head, 8, "WEBP".getBytes(StandardCharsets.US_ASCII));
			case "video/mp4" -> startsWith(head, 4, "ftyp".getBytes(StandardCharsets.US_ASCII));
			case XLSX -> startsWith(head, 0, new byte[] { 'P', 'K', 3, 4 });
			default -> true;
		};
		if (!ok) {
			throw new EvidenceRefusedException(Reason.CONTENT_TYPE,
					"'" + fileName + "' is declared as " + type + " but its bytes are not of that type");
		}
	}

	private static boolean startsWith(byte[] head, int offset, byte[] signature) {
		return head.length >= offset + signature.length
				&& Arrays.equals(head, offset, offset + signature.length, signature, 0, signature.length);
	}

}
