package org.homeward.linkage;

import org.jspecify.annotations.Nullable;

/**
 * A record with its comparison features precomputed by
 * {@link LinkageEngine#prepare(InputRecord)}: name features shared through the engine's
 * cache, packed dates, interned codes. Opaque and immutable apart from the term-frequency
 * weights the engine fills in before a batch run.
 */
public final class PreparedRecord {

	final String id;

	final String source;

	final int sourceId;

	final NameFeatures[] names;

	/*
	 * One int per field, what the scoring loop reads first: the interned id of a name
	 * (its NameFeatures.exactId, 0 when missing), of a text or code (0 when empty), the
	 * packed date or the sex. A name comparison that these ids and the scoring context's
	 * memo decide follows no pointer into a NameFeatures (BENCHMARKS.md, section 6a).
	 */
	final int[] ints;

	final char[][] texts;

	/*
	 * JaroWinkler.sketch of each text and code, so that most pairs of different values
	 * are told apart without reading their characters; null while the record has no text
	 * or code.
	 */
	long @Nullable [] sketches;

	final float[] termWeights;

	PreparedRecord(String id, String source, int sourceId, int fields) {
		this.id = id;
		this.source = source;
		this.sourceId = sourceId;
		this.names = new NameFeatures[fields];
		this.ints = new int[fields];
		this.texts = new char[fields][];
		this.termWeights = new float[fields];
	}

	/** Sets a text or code field's normalised characters and their sketch. */
	void setText(int f, char[] text) {
		if (this.sketches == null) {
			this.sketches = new long[this.texts.length];
		}
		this.texts[f] = text;
		this.sketches[f] = JaroWinkler.sketch(text);
	}

	/** Sets a name field's features and its id in {@link #ints}. */
	void setName(int f, @Nullable NameFeatures name) {
		this.names[f] = name;
		this.ints[f] = (name != null) ? name.exactId : 0;
	}

	/**
	 * The record's identifier.
	 * @return the id given in the {@link InputRecord}
	 */
	public String id() {
		return this.id;
	}

	/**
	 * The record's source.
	 * @return the source given in the {@link InputRecord}
	 */
	public String source() {
		return this.source;
	}

}
