package org.homeward.linkage;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link InMemoryCandidateIndex} as it stands, with what was expensive to
 * compute (every distinct name's romanisations, concepts and skeletons, each record's
 * prepared features and blocking keys), and reads it back into a fresh engine without
 * preparing anything again.
 * <p>
 * A snapshot holds interned ids, so it is read into an engine that has interned nothing
 * yet, which then gets the very same ids; and it is valid only for the engine code and
 * name data that wrote it: {@link #fingerprint(FieldProfile)} names both, and
 * {@link #read} refuses another. Checksums and atomic files are the caller's part.
 */
public final class IndexSnapshot {

	/** The layout of the stream; raise it when the layout changes. */
	static final int FORMAT = 2;

	/*
	 * Classes and data that decide what a prepared record holds. A change to any of them
	 * (even a recompiled comment) changes the fingerprint and forces a rebuild:
	 * rebuilding needlessly costs seconds, loading stale features would cost wrong
	 * answers.
	 */
	static final List<String> INPUTS = List.of("RecordPreparer.class", "NameFeatureCache.class", "ConceptLookup.class",
			"NameFeatures.class", "PreparedRecord.class", "PreparedRecordCodec.class", "Blocker.class",
			"DateValue.class", "Interner.class", "IndexSnapshot.class", "names/NameConcepts.class",
			"names/Patronymics.class", "names/SurnameForms.class", "names/DataLines.class", "names/Diminutives.class",
			"names/ConceptFormTable.class", "JaroWinkler.class", "text/IcuRomaniser.class",
			"text/ForeignSpellings.class", "text/SettlementTypes.class", "text/LatinForms.class",
			"text/LetterTable.class", "text/NameNormaliser.class", "text/PhoneticSkeleton.class", "text/Recasing.class",
			"text/Romanisation.class", "text/Tables.class", "text/TextLanguage.class", "given-names.txt",
			"given-names.forms", "places.txt", "places.forms", "surname-forms.txt", "place-forms.txt");

	private IndexSnapshot() {
	}

	/**
	 * Names the engine code, the name data, the ICU version and the profile that prepared
	 * records depend on.
	 * @param profile the profile
	 * @return a SHA-256 in hex
	 */
	public static String fingerprint(FieldProfile profile) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(("format " + FORMAT + "\nicu " + com.ibm.icu.util.VersionInfo.ICU_VERSION + "\n" + profile)
				.getBytes(StandardCharsets.UTF_8));
			for (String input : INPUTS) {
				try (InputStream in = IndexSnapshot.class.getResourceAsStream(input)) {
					sha.update(input.getBytes(StandardCharsets.UTF_8));
					if (in != null) {
						sha.update(in.readAllBytes());
					}
				}
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Writes the index. Holds the index's lock while its records are listed, not while
	 * they are written.
	 * @param index the index
	 * @param out where to write
	 * @throws IOException when writing fails
	 */
	public static void write(InMemoryCandidateIndex index, DataOutput out) throws IOException {
		LinkageEngine engine = index.engine();
		List<PreparedRecord> records = new ArrayList<>();
		List<long[]> keys = new ArrayList<>();
		index.forEach((record, recordKeys) -> {
			records.add(record);
			keys.add(recordKeys);
		});
		RecordPreparer preparer = engine.preparer();
		Map<NameFeatures, Integer> features = new IdentityHashMap<>();
		List<NameFeatures> table = new ArrayList<>();
		List<Integer> caches = new ArrayList<>();
		numberFeatures(preparer.nameCaches(), records, features, table, caches);
		// the strings last: every id the features and records hold was interned before
		String[] strings = preparer.interner().strings();
		out.writeInt(FORMAT);
		out.writeUTF(fingerprint(engine.options().profile()));
		writeStrings(out, strings);
		writeFeatureTable(out, table, caches);
		out.writeInt(records.size());
		for (int r = 0; r < records.size(); r++) {
			PreparedRecordCodec.writeRecord(out, records.get(r), features);
			PreparedRecordCodec.writeInts(out, keys.get(r));
		}
	}

	/*
	 * Numbers every distinct features object by identity: first those of each name cache,
	 * noted with the cache's position so that a read puts them back there, then those
	 * that only records hold (cache -1).
	 */
	private static void numberFeatures(List<NameFeatureCache> nameCaches, List<PreparedRecord> records,
			Map<NameFeatures, Integer> features, List<NameFeatures> table, List<Integer> caches) {
		for (int c = 0; c < nameCaches.size(); c++) {
			for (NameFeatures f : nameCaches.get(c).entries().values()) {
				features.put(f, table.size());
				table.add(f);
				caches.add(c);
			}
		}
		for (PreparedRecord record : records) {
			for (NameFeatures f : record.names) {
				if (f != null && !features.containsKey(f)) {
					features.put(f, table.size());
					table.add(f);
					caches.add(-1);
				}
			}
		}
	}

	private static void writeStrings(DataOutput out, String[] strings) throws IOException {
		out.writeInt(strings.length);
		for (int id = 1; id < strings.length; id++) {
			PreparedRecordCodec.writeString(out, strings[id]);
		}
	}

	private static void writeFeatureTable(DataOutput out, List<NameFeatures> table, List<Integer> caches)
			throws IOException {
		out.writeInt(table.size());
		for (int i = 0; i < table.size(); i++) {
			out.writeByte(caches.get(i));
			PreparedRecordCodec.writeFeatures(out, table.get(i));
		}
	}

	/**
	 * Reads a snapshot into a new index.
	 * @param engine a new engine of the snapshot's profile that has prepared nothing yet
	 * (for instance {@code LinkageEngine.create(FieldProfile.person())}); the index
	 * scores with it, and it shares preparation with the records read
	 * @param in the snapshot
	 * @param progress told the number of records read so far, every 10,000
	 * @return the index
	 * @throws IOException when reading fails or the stream ends early
	 * @throws IncompatibleSnapshotException when another format or engine wrote it
	 * @throws IllegalStateException when the engine has prepared records already
	 */
	public static InMemoryCandidateIndex read(LinkageEngine engine, DataInput in,
			java.util.function.IntConsumer progress) throws IOException {
		int format = in.readInt();
		String fingerprint = in.readUTF();
		if (format != FORMAT || !fingerprint.equals(fingerprint(engine.options().profile()))) {
			throw new IncompatibleSnapshotException(
					"snapshot of format " + format + " written by another engine or name data");
		}
		RecordPreparer preparer = engine.preparer();
		if (preparer.interner().strings().length != 1) {
			throw new IllegalStateException("a snapshot is read into a new engine only");
		}
		String[] strings = readStrings(in, preparer.interner());
		NameFeatures[] table = readFeatureTable(in, preparer.nameCaches(), strings);
		return readRecords(in, engine, table, progress);
	}

	/* Interns the strings in their order, so that each gets its id again. */
	private static String[] readStrings(DataInput in, Interner interner) throws IOException {
		int count = in.readInt();
		String[] strings = new String[count];
		for (int id = 1; id < count; id++) {
			String value = PreparedRecordCodec.readString(in);
			strings[id] = (value != null) ? value : "\u0000unused " + id;
			if (interner.intern(strings[id]) != id) {
				throw new IllegalStateException("interned ids diverged at " + id);
			}
		}
		return strings;
	}

	private static NameFeatures[] readFeatureTable(DataInput in, List<NameFeatureCache> caches, String[] strings)
			throws IOException {
		NameFeatures[] table = new NameFeatures[in.readInt()];
		for (int i = 0; i < table.length; i++) {
			int cache = in.readByte();
			table[i] = PreparedRecordCodec.readFeatures(in);
			if (cache >= 0) {
				caches.get(cache).restore(strings[table[i].exactId].substring(2), table[i]);
			}
		}
		return table;
	}

	private static InMemoryCandidateIndex readRecords(DataInput in, LinkageEngine engine, NameFeatures[] table,
			java.util.function.IntConsumer progress) throws IOException {
		InMemoryCandidateIndex index = new InMemoryCandidateIndex(engine);
		int records = in.readInt();
		int fields = engine.options().profile().fields().size();
		for (int r = 0; r < records; r++) {
			index.put(PreparedRecordCodec.readRecord(in, fields, table), PreparedRecordCodec.readLongs(in));
			if ((r + 1) % 10_000 == 0) {
				progress.accept(r + 1);
			}
		}
		progress.accept(records);
		return index;
	}

	/**
	 * A snapshot that this engine cannot use: another format, engine code or name data.
	 */
	public static final class IncompatibleSnapshotException extends IOException {

		private static final long serialVersionUID = 1L;

		IncompatibleSnapshotException(String message) {
			super(message);
		}

	}

}
