package org.homeward.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks a court package offline, as {@code sha256sum -c} and {@code openssl ts -verify}
 * would: every file against {@code SHA256SUMS} and {@code manifest.json}, no file missing
 * or added, each capture manifest's items present, and each timestamp token valid for its
 * manifest and signed by a certificate of the chain beside it. Each problem names the
 * file.
 */
final class PackageVerifier {

	private static final long SMALL = 16L * 1024 * 1024;

	private PackageVerifier() {
	}

	/**
	 * Verifies a package.
	 * @param zipFile the package
	 * @return every problem found, each naming a file; empty when the package is intact
	 * @throws IOException when the file is not a readable zip
	 */
	static List<String> verify(Path zipFile) throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, String> actual = new LinkedHashMap<>();
		Map<String, byte[]> small = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				if (!entry.isDirectory()) {
					read(zip, entry, actual, small);
				}
			}
		}
		byte[] sums = small.get("SHA256SUMS");
		if (sums == null) {
			problems.add("SHA256SUMS: missing from the package");
			return problems;
		}
		Map<String, String> described = described(small.get("manifest.json"));
		Map<String, String> listed = checkSums(new String(sums, StandardCharsets.UTF_8), actual, described, problems);
		actual.keySet()
			.stream()
			.filter(name -> !name.equals("SHA256SUMS") && !listed.containsKey(name))
			.forEach(name -> problems.add(name + ": in the package but not listed in SHA256SUMS"));
		checkManifest(small.get("manifest.json"), actual, problems);
		for (String name : small.keySet()) {
			if (name.endsWith(".tsr")) {
				checkTimestamp(name, small, problems);
			}
			else if (name.matches("sources/\\d+/captures/\\d+/manifest\\.json")) {
				checkCaptureManifest(name, small.get(name), actual, problems);
			}
		}
		return problems;
	}

	private static void read(ZipFile zip, ZipEntry entry, Map<String, String> actual, Map<String, byte[]> small)
			throws IOException {
		MessageDigest digest = ContentStore.sha256();
		boolean keep = isSmallKind(entry.getName());
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] buffer = new byte[65536];
			long total = 0;
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
				total += n;
				if (keep && total <= SMALL) {
					copy.write(buffer, 0, n);
				}
			}
		}
		actual.put(entry.getName(), HexFormat.of().formatHex(digest.digest()));
		if (keep) {
			small.put(entry.getName(), copy.toByteArray());
		}
	}

	private static boolean isSmallKind(String name) {
		return name.equals("SHA256SUMS") || name.endsWith(".json") || name.endsWith(".tsr") || name.endsWith(".pem");
	}

	private static Map<String, String> checkSums(String text, Map<String, String> actual, Map<String, String> described,
			List<String> problems) {
		Map<String, String> listed = new LinkedHashMap<>();
		String[] lines = text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank()) {
				continue;
			}
			if (!line.matches("[0-9a-f]{64}  .+")) {
				problems.add("SHA256SUMS line " + (i + 1) + ": not a 'SHA-256  file' line: " + line);
				continue;
			}
			String name = line.substring(66);
			listed.put(name, line.substring(0, 64));
			String found = actual.get(name);
			if (found == null) {
				problems.add(name + ": missing from the package (listed in SHA256SUMS line " + (i + 1) + ")");
			}
			else if (!found.equals(line.substring(0, 64))) {
				problems.add(mismatch(name, i + 1, found, line.substring(0, 64), described.get(name)));
			}
		}
		return listed;
	}

	/*
	 * manifest.json lists every file but itself and SHA256SUMS: when the two lists
	 * disagree, the one that agrees with the file tells which of them was changed.
	 */
	private static String mismatch(String name, int line, String found, String listed, @Nullable String described) {
		if (found.equals(described)) {
			return "SHA256SUMS: line " + line + " lists " + name + " with SHA-256 " + listed
					+ ", which neither the file nor manifest.json has: the list was changed";
		}
		if (listed.equals(described)) {
			return name + ": changed: its SHA-256 is " + found + ", SHA256SUMS line " + line + " and manifest.json say "
					+ listed;
		}
		return name + " or SHA256SUMS line " + line + " was changed: the file's SHA-256 is " + found
				+ ", the list says " + listed;
	}

	private static Map<String, String> described(byte @Nullable [] manifest) {
		Map<String, String> files = new LinkedHashMap<>();
		if (manifest != null) {
			try {
				CaptureRecorder.JSON.readTree(manifest)
					.path("files")
					.forEach(f -> files.put(f.path("file").asString(), f.path("sha256").asString()));
			}
			catch (RuntimeException ex) {
				// an unreadable manifest.json is reported by its own check
			}
		}
		return files;
	}

	private static void checkManifest(byte @Nullable [] manifest, Map<String, String> actual, List<String> problems) {
		if (manifest == null) {
			return;
		}
		JsonNode root = parse("manifest.json", manifest, problems);
		if (root == null) {
			return;
		}
		for (JsonNode file : root.path("files")) {
			String name = file.path("file").asString();
			String found = actual.get(name);
			if (found != null && !found.equals(file.path("sha256").asString())) {
				problems.add(name + ": its SHA-256 differs from manifest.json");
			}
		}
	}

	private static void checkCaptureManifest(String name, byte[] manifest, Map<String, String> actual,
			List<String> problems) {
		JsonNode root = parse(name, manifest, problems);
		if (root == null) {
			return;
		}
		String dir = name.substring(0, name.lastIndexOf('/') + 1);
		for (JsonNode item : root.path("items")) {
			String sha = item.path("sha256").asString();
			boolean present = actual.entrySet()
				.stream()
				.anyMatch(e -> e.getKey().startsWith(dir) && e.getValue().equals(sha));
			if (!present) {
				problems.add(dir + item.path("file").asString() + ": the timestamped " + name
						+ " lists it with SHA-256 " + sha + ", but no file of the capture has it");
			}
		}
	}

	private static void checkTimestamp(String tsr, Map<String, byte[]> small, List<String> problems) {
		String dir = tsr.substring(0, tsr.lastIndexOf('/') + 1);
		byte[] manifest = small.get(dir + "manifest.json");
		byte[] chain = small.get(tsr.replaceAll("\\.tsr$", "-chain.pem"));
		if (manifest == null) {
			problems.add(tsr + ": the manifest.json it timestamps is missing");
			return;
		}
		try {
			Rfc3161.VerifiedToken token = Rfc3161.verifyOffline(small.get(tsr), manifest);
			String signer = Pem.encode(List.of(token.signerDer()));
			if (chain == null || !new String(chain, StandardCharsets.US_ASCII).contains(signer.strip()
				.replace("-----BEGIN CERTIFICATE-----\n", "")
				.replace("\n-----END CERTIFICATE-----", ""))) {
				problems.add(tsr + ": its signer's certificate is not in "
						+ tsr.replaceAll("\\.tsr$", "-chain.pem").substring(dir.length()));
			}
		}
		catch (IllegalArgumentException ex) {
			problems.add(tsr + ": " + ex.getMessage() + " (for " + dir + "manifest.json)");
		}
	}

	private static @Nullable JsonNode parse(String name, byte[] json, List<String> problems) {
		try {
			return CaptureRecorder.JSON.readTree(json);
		}
		catch (RuntimeException ex) {
			problems.add(name + ": not readable JSON (" + ex.getMessage() + ")");
			return null;
		}
	}

}
