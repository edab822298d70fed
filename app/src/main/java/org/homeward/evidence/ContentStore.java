package org.homeward.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

import org.homeward.evidence.EvidenceRefusedException.Reason;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The write-once, content-addressed store: bytes live under
 * {@code homeward.data/evidence/sha256/ab/cdef...}, named by their SHA-256. A file is
 * written to a temporary file, forced to disk and moved into place atomically before
 * {@link #put} returns; stored files are never overwritten, and the same bytes are stored
 * once.
 */
@Component
class ContentStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	private final long maxBytes;

	ContentStore(@Value("${homeward.data}") String data,
			@Value("${homeward.evidence.max-bytes:209715200}") long maxBytes) {
		this.root = Path.of(data).toAbsolutePath().resolve("evidence");
		this.maxBytes = maxBytes;
	}

	/**
	 * The largest item the store accepts.
	 * @return bytes
	 */
	long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * Stores a stream's bytes, refusing them while streaming once they pass the limit.
	 * @param in the bytes; read to the end, not closed
	 * @return where they are
	 * @throws EvidenceRefusedException when larger than {@link #maxBytes()}; nothing is
	 * kept
	 */
	StoredBlob put(InputStream in) {
		Path temp = newTempFile();
		try {
			MessageDigest digest = sha256();
			long size = 0;
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				byte[] buffer = new byte[65536];
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					size += n;
					if (size > this.maxBytes) {
						throw tooLarge(this.maxBytes);
					}
					digest.update(buffer, 0, n);
					channel.write(ByteBuffer.wrap(buffer, 0, n));
				}
				channel.force(true);
			}
			String sha = HexFormat.of().formatHex(digest.digest());
			return new StoredBlob(sha, size, moveIntoPlace(temp, path(sha)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot store evidence", ex);
		}
		finally {
			deleteQuietly(temp);
		}
	}

	/**
	 * Opens stored bytes.
	 * @param sha256 their address
	 * @return a stream; the caller closes it
	 * @throws NoSuchElementException when nothing is stored there
	 */
	InputStream open(String sha256) {
		try {
			return Files.newInputStream(path(sha256));
		}
		catch (NoSuchFileException ex) {
			throw new NoSuchElementException("No evidence item " + sha256 + " in the store");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Where bytes with this hash live (whether or not they are stored).
	 * @param sha256 lower-case hex
	 * @return the path
	 * @throws IllegalArgumentException for anything but a SHA-256 in hex
	 */
	Path path(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new NoSuchElementException("Not an evidence item address: " + sha256);
		}
		return this.root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2));
	}

	/**
	 * A new empty file on the store's file system, for spooling; the caller deletes it.
	 * @return the file
	 */
	Path newTempFile() {
		try {
			Path tmp = Files.createDirectories(this.root.resolve("tmp"));
			return Files.createTempFile(tmp, "incoming-", ".part");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write to the evidence store at " + this.root, ex);
		}
	}

	static EvidenceRefusedException tooLarge(long limit) {
		return new EvidenceRefusedException(Reason.TOO_LARGE,
				"larger than the limit of " + limit + " bytes; nothing was stored");
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/*
	 * Write-once: an existing file is never replaced. The move is atomic, so a reader
	 * sees either nothing or the whole file; the directory is forced too, so the new name
	 * survives a crash (Linux allows fsync on a directory; elsewhere it is skipped).
	 */
	private static boolean moveIntoPlace(Path temp, Path target) throws IOException {
		if (Files.exists(target)) {
			return false;
		}
		Files.createDirectories(target.getParent());
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			return false;
		}
		if (!target.toFile().setReadOnly()) {
			throw new IOException("cannot make " + target + " read-only");
		}
		forceDirectory(target.getParent());
		return true;
	}

	private static void forceDirectory(Path directory) {
		try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
			dir.force(true);
		}
		catch (IOException ex) {
			// not supported on this platform: the file itself was forced before the move
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a leftover temporary file is harmless: it is never read
		}
	}

}
