package org.homeward.matching;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.IntConsumer;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import org.homeward.linkage.InMemoryCandidateIndex;
import org.homeward.linkage.IndexSnapshot;
import org.homeward.linkage.LinkageEngine;

/**
 * The candidate index on disk, {@code DATA/index/identities.idx}: a header (magic, layout
 * version, the identity change count it reflects), the engine's {@link IndexSnapshot}
 * (which names the engine and name data that wrote it), and a CRC-32C of everything
 * before it. Written to a temporary file, forced to disk and moved over the old one, so a
 * crash leaves the old file or the new one, never half of one.
 */
final class IndexFile {

	private static final int MAGIC = 0x48574958; // "HWIX"

	private static final int LAYOUT = 1;

	private final Path file;

	IndexFile(Path dataFolder) {
		this.file = dataFolder.resolve("index").resolve("identities.idx");
	}

	Path path() {
		return this.file;
	}

	/**
	 * Writes the index atomically.
	 * @param index the index
	 * @param watermark the database and identity change count that the index reflects (it
	 * may hold later changes too)
	 * @throws IOException when writing fails; the old file is then untouched
	 */
	void write(InMemoryCandidateIndex index, String watermark) throws IOException {
		Files.createDirectories(this.file.getParent());
		Path temp = Files.createTempFile(this.file.getParent(), "identities", ".tmp");
		try (FileOutputStream raw = new FileOutputStream(temp.toFile())) {
			CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), new CRC32C());
			DataOutputStream out = new DataOutputStream(checked);
			out.writeInt(MAGIC);
			out.writeInt(LAYOUT);
			out.writeUTF(watermark);
			IndexSnapshot.write(index, out);
			out.flush();
			long crc = checked.getChecksum().getValue();
			out.writeLong(crc);
			out.flush();
			raw.getChannel().force(true);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temp);
			throw ex;
		}
		Files.move(temp, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		forceDirectory();
	}

	/**
	 * Reads the index if it is intact and reflects the given watermark.
	 * @param engine a new engine to read it into
	 * @param watermark the database's identity watermark now
	 * @param progress told the records read so far
	 * @return the index, or why it cannot be used
	 */
	Loaded read(LinkageEngine engine, String watermark, IntConsumer progress) {
		if (!Files.exists(this.file)) {
			return new Loaded(null, "no index file yet");
		}
		try {
			String damage = damage();
			if (damage != null) {
				return new Loaded(null, "index file damaged (" + damage + ")");
			}
			try (DataInputStream in = new DataInputStream(
					new BufferedInputStream(Files.newInputStream(this.file), 1 << 16))) {
				if (in.readInt() != MAGIC || in.readInt() != LAYOUT) {
					return new Loaded(null, "index file of another layout");
				}
				String reflected = in.readUTF();
				if (!reflected.equals(watermark)) {
					return new Loaded(null,
							"index file reflects identity changes " + reflected + ", the database is at " + watermark);
				}
				return new Loaded(IndexSnapshot.read(engine, in, progress), "loaded");
			}
		}
		catch (IndexSnapshot.IncompatibleSnapshotException ex) {
			return new Loaded(null, "index file written by another engine version or name data");
		}
		catch (IOException | RuntimeException ex) {
			return new Loaded(null, "index file unreadable (" + ex + ")");
		}
	}

	/** Checks the CRC over the whole file before any of it is used; null when intact. */
	private String damage() throws IOException {
		long size = Files.size(this.file);
		if (size < 24) {
			return "only " + size + " bytes";
		}
		CRC32C crc = new CRC32C();
		long stored;
		long computed;
		try (InputStream raw = Files.newInputStream(this.file);
				CheckedInputStream in = new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), crc)) {
			byte[] buffer = new byte[1 << 16];
			long remaining = size - 8;
			while (remaining > 0) {
				int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
				if (n < 0) {
					return "ends early";
				}
				remaining -= n;
			}
			computed = crc.getValue();
			stored = new DataInputStream(in).readLong();
		}
		return (stored == computed) ? null : "checksum mismatch";
	}

	private void forceDirectory() {
		try (FileChannel dir = FileChannel.open(this.file.getParent(), StandardOpenOption.READ)) {
			dir.force(true);
		}
		catch (IOException | RuntimeException ex) {
			// some file systems cannot sync a directory; the move itself is atomic
		}
	}

	/**
	 * The outcome of a read.
	 *
	 * @param index the index, or null when the file cannot be used
	 * @param reason why not, or "loaded"
	 */
	record Loaded(@org.jspecify.annotations.Nullable InMemoryCandidateIndex index, String reason) {
	}

}
