package org.homeward.linkage;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The one place that knows the fields of {@link PreparedRecord} and {@link NameFeatures}
 * as {@link IndexSnapshot} stores them. When their layout changes, change this class and
 * raise {@link IndexSnapshot#FORMAT}.
 */
final class PreparedRecordCodec {

	private static final long KEY_MASK = (1L << 40) - 1;

	private PreparedRecordCodec() {
	}

	static void writeRecord(DataOutput out, PreparedRecord record, Map<NameFeatures, Integer> features)
			throws IOException {
		writeString(out, record.id);
		writeString(out, record.source);
		out.writeInt(record.sourceId);
		for (NameFeatures name : record.names) {
			out.writeInt((name != null) ? features.get(name) : -1);
		}
		writeInts(out, record.ints);
		for (char[] text : record.texts) {
			writeString(out, (text != null) ? new String(text) : null);
		}
		for (float weight : record.termWeights) {
			out.writeFloat(weight);
		}
	}

	static PreparedRecord readRecord(DataInput in, int fields, NameFeatures[] table) throws IOException {
		PreparedRecord record = new PreparedRecord(readString(in), readString(in), in.readInt(), fields);
		for (int f = 0; f < fields; f++) {
			int name = in.readInt();
			record.names[f] = (name >= 0) ? table[name] : null;
		}
		int[] ints = readIntArray(in);
		System.arraycopy(ints, 0, record.ints, 0, fields);
		for (int f = 0; f < fields; f++) {
			String text = readString(in);
			if (text != null) {
				record.setText(f, text.toCharArray());
			}
		}
		for (int f = 0; f < fields; f++) {
			record.termWeights[f] = in.readFloat();
		}
		return record;
	}

	static void writeFeatures(DataOutput out, NameFeatures f) throws IOException {
		out.writeInt(f.exactId);
		writeInts(out, f.renderings);
		writeInts(out, f.variantRenderings);
		writeInts(out, f.concepts);
		writeInts(out, f.nearConcepts);
		writeInts(out, f.givenSkeletons);
		writeInts(out, f.familySkeletons);
		writeString(out, new String(f.jwKey));
		out.writeInt(f.patronymicSex);
		out.writeLong(f.nameKey);
		out.writeLong(f.skeletonKey);
	}

	/*
	 * The keys are stored and checked rather than trusted: the constructor derives them
	 * from the primary skeleton and the concept group, which are recovered from the keys.
	 */
	static NameFeatures readFeatures(DataInput in) throws IOException {
		int exactId = in.readInt();
		int[] renderings = readIntArray(in);
		int[] variants = readIntArray(in);
		int[] concepts = readIntArray(in);
		int[] near = readIntArray(in);
		int[] given = readIntArray(in);
		int[] family = readIntArray(in);
		char[] jwKey = readString(in).toCharArray();
		int patronymicSex = in.readInt();
		long nameKey = in.readLong();
		long skeletonKey = in.readLong();
		int primarySkeleton = ((skeletonKey >>> 40) == 2) ? (int) (skeletonKey & KEY_MASK) : -1;
		int group = ((nameKey >>> 40) == 1) ? (int) (nameKey & KEY_MASK) : -1;
		NameFeatures features = new NameFeatures(exactId, renderings, variants, concepts, near, given, family,
				primarySkeleton, group, jwKey, patronymicSex);
		if (features.nameKey != nameKey || features.skeletonKey != skeletonKey) {
			throw new IOException("name features of id " + exactId + " do not add up");
		}
		return features;
	}

	static void writeInts(DataOutput out, int[] values) throws IOException {
		out.writeInt(values.length);
		for (int value : values) {
			out.writeInt(value);
		}
	}

	static void writeInts(DataOutput out, long[] values) throws IOException {
		out.writeInt(values.length);
		for (long value : values) {
			out.writeLong(value);
		}
	}

	static int[] readIntArray(DataInput in) throws IOException {
		int[] values = new int[length(in)];
		for (int i = 0; i < values.length; i++) {
			values[i] = in.readInt();
		}
		return values;
	}

	static long[] readLongs(DataInput in) throws IOException {
		long[] values = new long[length(in)];
		for (int i = 0; i < values.length; i++) {
			values[i] = in.readLong();
		}
		return values;
	}

	static void writeString(DataOutput out, @Nullable String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	static @Nullable String readString(DataInput in) throws IOException {
		int length = in.readInt();
		if (length == -1) {
			return null;
		}
		if (length < 0 || length > (1 << 20)) {
			throw new IOException("string of length " + length);
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static int length(DataInput in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > (1 << 20)) {
			throw new IOException("array of length " + length);
		}
		return length;
	}

}
