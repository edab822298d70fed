package org.homeward.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Court packages: exported by the command, verified offline. An untouched package
 * verifies; flipping one byte of any file, or removing any file, makes verify fail and
 * name that file.
 */
class PackageTest extends EvidenceTestBase {

	private static Path exported;

	private static long sourceId;

	@Autowired
	EvidenceArchive archive;

	@BeforeEach
	void export() throws IOException {
		if (exported != null) {
			return;
		}
		Source source = this.archive.createSource(draft("Report for the court"), "investigator");
		sourceId = source.id();
		this.archive.upload(sourceId, "report.pdf", "application/pdf",
				new ByteArrayInputStream("%PDF-1.4\n% synthetic\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
				"investigator");
		this.archive.captureUrl(sourceId, WEB.url("/moved"), "investigator");
		Path out = DATA.resolve("package.zip");
		Output result = command("export", "--source", Long.toString(sourceId), "--out", out.toString(), "--actor=legal",
				"--spring.datasource.url=" + DATABASE, "--homeward.data=" + DATA);
		assertThat(result.status()).as(result.err()).isZero();
		assertThat(result.out()).contains("Wrote");
		exported = out;
	}

	@Test
	void anUntouchedPackageVerifies() throws IOException {
		Output result = command("verify", exported.toString());
		assertThat(result.out()).startsWith("OK");
		assertThat(result.status()).isZero();
		List<String> names = names(exported);
		assertThat(names).contains("README.txt", "manifest.json", "SHA256SUMS")
			.anyMatch(n -> n.endsWith("/report.pdf"))
			.anyMatch(n -> n.endsWith("/capture.warc"))
			.anyMatch(n -> n.endsWith("/timestamp-1.tsr"))
			.anyMatch(n -> n.endsWith("/timestamp-1-chain.pem"))
			.anyMatch(n -> n.startsWith("custody/"));
	}

	@Test
	void flippingOneByteOfAnyFileFailsAndNamesIt() throws IOException {
		for (String name : names(exported)) {
			Path changed = rewrite(name, bytes -> {
				byte[] copy = bytes.clone();
				copy[copy.length / 2] ^= 0x01;
				return copy;
			});
			Output result = command("verify", changed.toString());
			assertThat(result.status()).as("verify after flipping a byte of " + name).isEqualTo(1);
			assertThat(result.out()).as("verify names " + name).startsWith("FAILED ").contains(name);
			if (!name.equals("manifest.json") && !name.equals("SHA256SUMS")) {
				assertThat(result.out()).as("verify blames " + name).contains("FAILED " + name + ": changed");
			}
		}
	}

	@Test
	void removingAnyFileFailsAndNamesIt() throws IOException {
		for (String name : names(exported)) {
			Path changed = rewrite(name, bytes -> null);
			Output result = command("verify", changed.toString());
			assertThat(result.status()).as("verify without " + name).isEqualTo(1);
			assertThat(result.out()).as("verify names " + name).contains(name);
		}
	}

	@Test
	void theExportIsInEachItemsCustodyLog() {
		for (Capture capture : this.archive.captures(sourceId)) {
			for (EvidenceItem item : capture.items()) {
				assertThat(this.archive.custody(item.sha256()))
					.anyMatch(e -> e.action() == CustodyAction.EXPORT && e.actor().equals("legal"));
			}
		}
	}

	@Test
	void standardToolsVerifyThePackage() throws Exception {
		assumeThat(Files.isExecutable(Path.of("/usr/bin/sha256sum"))).isTrue();
		Path dir = Files.createTempDirectory(DATA, "unpacked-");
		try (ZipFile zip = new ZipFile(exported.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				Path target = dir.resolve(entry.getName());
				Files.createDirectories(target.getParent());
				Files.write(target, zip.getInputStream(entry).readAllBytes());
			}
		}
		assertThat(run(dir, "sha256sum", "-c", "--quiet", "SHA256SUMS")).isZero();
		if (Files.isExecutable(Path.of("/usr/bin/openssl"))) {
			try (var captures = Files.find(dir, 6, (p, a) -> p.getFileName().toString().equals("timestamp-1.tsr"))) {
				for (Path tsr : captures.toList()) {
					assertThat(run(tsr.getParent(), "openssl", "ts", "-verify", "-data", "manifest.json", "-in",
							"timestamp-1.tsr", "-CAfile", "timestamp-1-chain.pem"))
						.as("openssl ts -verify in " + tsr.getParent())
						.isZero();
				}
			}
		}
	}

	private static int run(Path dir, String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		if (process.exitValue() != 0) {
			System.err.println(String.join(" ", command) + ":\n" + output);
		}
		return process.exitValue();
	}

	private static List<String> names(Path zipFile) throws IOException {
		try (ZipFile zip = new ZipFile(zipFile.toFile())) {
			return zip.stream().map(ZipEntry::getName).toList();
		}
	}

	/**
	 * A copy of the package with one entry changed (or removed when the change gives
	 * null).
	 */
	private static Path rewrite(String name, UnaryOperator<byte[]> change) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(exported.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
			}
		}
		Path out = Files.createTempFile(DATA, "changed-", ".zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				byte[] bytes = e.getKey().equals(name) ? change.apply(e.getValue()) : e.getValue();
				if (bytes != null) {
					zip.putNextEntry(new ZipEntry(e.getKey()));
					zip.write(bytes);
					zip.closeEntry();
				}
			}
		}
		return out;
	}

	private static Output command(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = EvidenceCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Output(int status, String out, String err) {

	}

}
