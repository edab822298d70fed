package org.homeward.linkage;

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

	final int[] ints;

	final char[][] texts;

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
