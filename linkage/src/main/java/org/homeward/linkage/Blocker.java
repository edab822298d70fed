package org.homeward.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.homeward.linkage.BlockingRule.Part;

/**
 * Blocking on a union of keys. For every rule, records are sorted by key; each run of
 * equal keys is a block, and blocks above the size cap are windowed. A pair that shares
 * several blocks is scored only in the first rule that holds it, so no global pair set is
 * needed. A record whose name stands for several names has one key per name under a rule;
 * a pair of two such records may then meet twice, and the copies are dropped later
 * ({@link ScoredPairs}).
 */
final class Blocker {

	/* 40 bits of key hash and 24 bits of record index share one sortable long. */
	private static final int INDEX_BITS = 24;

	private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

	static final int MAX_RECORDS = 1 << INDEX_BITS;

	private final List<PreparedRecord> records;

	private final int ruleCount;

	/*
	 * The open block of each record under each rule, flat by record, then rule (valid
	 * where the rule's bit in openRules is set), and open-block flags as one bit per
	 * rule: a pair test reads one cache line per record. Ints, not the 64-bit keys: a
	 * block is a run of equal keys, so the same open block means the same key.
	 */
	private final int[] openBlocks;

	private final int[] openRules;

	private final List<Block> blocks = new ArrayList<>();

	private long blocksOverCap;

	private final long[] neighbourhoodKeys;

	/**
	 * The records (by index) that share one key under one rule. A block above the size
	 * cap is windowed: its members are sorted by birth date and family name and each is
	 * paired only with the next {@code window} members (a sorted neighbourhood), else
	 * window is 0 and all pairs count.
	 */
	record Block(int rule, int[] members, int window) {

		/** The end (exclusive) of the partners of member {@code x}. */
		int partnersEnd(int x) {
			return (this.window == 0) ? this.members.length : Math.min(this.members.length, x + 1 + this.window);
		}

		long pairCount() {
			long n = this.members.length;
			return (this.window == 0) ? n * (n - 1) / 2 : n * this.window;
		}

	}

	/* Neighbours compared inside an oversized block. */
	static final int WINDOW = 8;

	Blocker(FieldProfile profile, List<PreparedRecord> records, int maxBlockSize) {
		if (records.size() >= MAX_RECORDS) {
			throw new IllegalArgumentException("at most " + (MAX_RECORDS - 1) + " records per run");
		}
		this.records = records;
		List<BlockingRule> rules = profile.blocking();
		if (rules.size() > 31) {
			throw new IllegalArgumentException("at most 31 blocking rules");
		}
		this.ruleCount = rules.size();
		this.neighbourhoodKeys = neighbourhoodKeys(profile, records);
		this.openBlocks = new int[records.size() * this.ruleCount];
		this.openRules = new int[records.size()];
		for (int r = 0; r < rules.size(); r++) {
			collectBlocks(r, entriesOf(profile, rules.get(r)), maxBlockSize);
		}
	}

	List<Block> blocks() {
		return this.blocks;
	}

	private static long[] neighbourhoodKeys(FieldProfile profile, List<PreparedRecord> records) {
		int date = profile.firstOfKind(FieldKind.DATE);
		int family = profile.firstOfKind(FieldKind.FAMILY_NAME);
		long[] keys = new long[records.size()];
		for (int i = 0; i < keys.length; i++) {
			PreparedRecord record = records.get(i);
			long day = (date < 0) ? 0 : record.ints[date];
			NameFeatures name = (family < 0) ? null : record.names[family];
			keys[i] = (day << 32) | ((name != null) ? (name.skeletonKey & 0xFFFFFFFFL) : 0);
		}
		return keys;
	}

	/**
	 * Blocks windowed for exceeding the size cap.
	 */
	long blocksOverCap() {
		return this.blocksOverCap;
	}

	long candidatePairUpperBound() {
		return this.blocks.stream().mapToLong(Block::pairCount).sum();
	}

	/**
	 * Tells whether the pair is first met in the given rule: no earlier rule puts both
	 * records into one open block.
	 */
	boolean firstMetIn(int rule, int i, int j) {
		int shared = this.openRules[i] & this.openRules[j] & ((1 << rule) - 1);
		int bi = i * this.ruleCount;
		int bj = j * this.ruleCount;
		while (shared != 0) {
			int r = Integer.numberOfTrailingZeros(shared);
			if (this.openBlocks[bi + r] == this.openBlocks[bj + r]) {
				return false;
			}
			shared &= shared - 1;
		}
		return true;
	}

	/**
	 * Tells whether blocking makes the two records a candidate pair.
	 */
	boolean sharesOpenBlock(int i, int j) {
		return !firstMetIn(this.ruleCount, i, j);
	}

	/*
	 * Every record's keys under one rule, each packed with the record's index: most
	 * records have one key, a name that stands for several (Слава for Ярослав, Станіслав,
	 * В'ячеслав...) one per name.
	 */
	private long[] entriesOf(FieldProfile profile, BlockingRule rule) {
		Entries entries = new Entries(this.records.size());
		int[] fields = fieldsOf(profile, rule);
		for (int i = 0; i < this.records.size(); i++) {
			PreparedRecord record = this.records.get(i);
			if (hasSeveralKeys(record, rule, fields)) {
				for (long key : severalKeysOf(record, rule, fields)) {
					entries.add(key, i);
				}
			}
			else {
				entries.add(keyOf(record, rule, fields), i);
			}
		}
		return Arrays.copyOf(entries.packed, entries.count);
	}

	/*
	 * Keys packed with record indexes, growing past one per record when a name has
	 * several.
	 */
	private static final class Entries {

		long[] packed;

		int count;

		Entries(int records) {
			this.packed = new long[records];
		}

		void add(long key, int record) {
			if (key == 0) {
				return;
			}
			if (this.count == this.packed.length) {
				this.packed = Arrays.copyOf(this.packed, this.packed.length + this.packed.length / 4 + 16);
			}
			this.packed[this.count++] = (key << INDEX_BITS) | record;
		}

	}

	/**
	 * The key of one record under every rule of a profile, 0 where a rule gives none.
	 */
	static long[] keysOf(FieldProfile profile, PreparedRecord record) {
		List<BlockingRule> rules = profile.blocking();
		long[] recordKeys = new long[rules.size()];
		int n = 0;
		for (BlockingRule rule : rules) {
			int[] fields = fieldsOf(profile, rule);
			long[] keys = hasSeveralKeys(record, rule, fields) ? severalKeysOf(record, rule, fields)
					: new long[] { keyOf(record, rule, fields) };
			if (n + keys.length > recordKeys.length) {
				recordKeys = Arrays.copyOf(recordKeys, n + keys.length + rules.size());
			}
			System.arraycopy(keys, 0, recordKeys, n, keys.length);
			n += keys.length;
		}
		return Arrays.copyOf(recordKeys, n);
	}

	/* Most names need no arrays: they have one key. */
	private static boolean hasSeveralKeys(PreparedRecord record, BlockingRule rule, int[] fields) {
		for (int p = 0; p < fields.length; p++) {
			if (rule.parts().get(p).take() == BlockingRule.Take.NAME_KEY && nameKeys(record.names[fields[p]]) > 1) {
				return true;
			}
		}
		return false;
	}

	private static long[] severalKeysOf(PreparedRecord record, BlockingRule rule, int[] fields) {
		long[][] parts = new long[fields.length][];
		int combinations = 1;
		for (int p = 0; p < fields.length; p++) {
			Part part = rule.parts().get(p);
			NameFeatures name = record.names[fields[p]];
			if (part.take() == BlockingRule.Take.NAME_KEY && nameKeys(name) > 1) {
				int[] ids = (name.concepts.length > 0) ? name.concepts : name.nearConcepts;
				parts[p] = new long[ids.length];
				for (int k = 0; k < ids.length; k++) {
					parts[p][k] = CONCEPT_KEY | ids[k];
				}
			}
			else {
				long single = partOf(record, part, fields[p]);
				if (single == 0) {
					return new long[0];
				}
				parts[p] = new long[] { single };
			}
			combinations *= parts[p].length;
		}
		long[] keys = new long[combinations];
		for (int c = 0; c < combinations; c++) {
			int rest = c;
			long combined = (rule.unordered()) ? 0 : 17;
			for (int p = 0; p < fields.length; p++) {
				long part = parts[p][rest % parts[p].length];
				rest /= parts[p].length;
				combined = combine(combined, part, rule, p);
			}
			keys[c] = finish(combined);
		}
		return keys;
	}

	/*
	 * A name's keys: one per concept when it has several (Слава for Ярослав, Станіслав,
	 * В'ячеслав, Владислав...; Саша), else its concept, else the concepts of the known
	 * forms one typing error away when there are at most NEAR_KEYS, else its phonetic
	 * skeleton. Until 29 November a name's key was its concept group, the connected
	 * component of concepts sharing a form, so each shared diminutive joined whole groups
	 * (every -слав name was one key). One key per concept, 20,000 children: seed 1 P
	 * 0.9845 -> 0.9834, F1 0.8872 -> 0.8883; seed 2 P 0.9835 -> 0.9825, F1 0.8857 ->
	 * 0.8881; 1,000,000 records: F1 0.7375 -> 0.7441, candidate pairs 167 M -> 183 M,
	 * wall time about the same.
	 */
	static final long CONCEPT_KEY = 2L << 40;

	static final int NEAR_KEYS = 3;

	private static int nameKeys(NameFeatures name) {
		if (name == null) {
			return 0;
		}
		if (name.concepts.length > 0) {
			return name.concepts.length;
		}
		int near = name.nearConcepts.length;
		return (near > 0 && near <= NEAR_KEYS) ? near : 1;
	}

	private static long nameKey(NameFeatures name) {
		if (name.concepts.length > 0) {
			return CONCEPT_KEY | name.concepts[0];
		}
		int near = name.nearConcepts.length;
		return (near > 0 && near <= NEAR_KEYS) ? CONCEPT_KEY | name.nearConcepts[0] : name.skeletonKey;
	}

	private static int[] fieldsOf(FieldProfile profile, BlockingRule rule) {
		return rule.parts().stream().mapToInt((p) -> profile.indexOf(p.field())).toArray();
	}

	private static long keyOf(PreparedRecord record, BlockingRule rule, int[] fields) {
		long combined = (rule.unordered()) ? 0 : 17;
		for (int p = 0; p < fields.length; p++) {
			long part = partOf(record, rule.parts().get(p), fields[p]);
			if (part == 0) {
				return 0;
			}
			combined = combine(combined, part, rule, p);
		}
		return finish(combined);
	}

	private static long combine(long combined, long part, BlockingRule rule, int p) {
		long mixed = mix(part + (rule.unordered() ? 0 : p * 0x9E3779B97F4A7C15L));
		return rule.unordered() ? combined + mixed : mix(combined * 31 + mixed);
	}

	private static long finish(long combined) {
		long key = combined & ((1L << (64 - INDEX_BITS)) - 1);
		return (key == 0) ? 1 : key;
	}

	private static long partOf(PreparedRecord record, Part part, int f) {
		NameFeatures name = record.names[f];
		return switch (part.take()) {
			case NAME_KEY -> (name != null) ? nameKey(name) : 0;
			case SKELETON -> (name != null) ? name.skeletonKey : 0;
			case YEAR -> DateValue.year(record.ints[f]);
			case SORTED_DATE -> DateValue.sortedKey(record.ints[f]);
			case VALUE -> (name != null) ? name.exactId + 1L : record.ints[f];
		};
	}

	private void collectBlocks(int rule, long[] packed, int maxBlockSize) {
		int n = packed.length;
		Arrays.parallelSort(packed);
		int start = 0;
		for (int k = 1; k <= n; k++) {
			if (k == n || (packed[k] >>> INDEX_BITS) != (packed[start] >>> INDEX_BITS)) {
				addBlock(rule, packed, start, k, maxBlockSize);
				start = k;
			}
		}
	}

	private void addBlock(int rule, long[] packed, int start, int end, int maxBlockSize) {
		int size = 0;
		int[] members = new int[end - start];
		for (int k = start; k < end; k++) {
			if (k == start || packed[k] != packed[k - 1]) {
				members[size++] = (int) (packed[k] & INDEX_MASK);
			}
		}
		if (size < 2) {
			return;
		}
		members = (size == members.length) ? members : Arrays.copyOf(members, size);
		if (size > maxBlockSize) {
			this.blocksOverCap++;
			this.blocks.add(new Block(rule, sortedByNeighbourhood(members), WINDOW));
			return;
		}
		for (int member : members) {
			this.openRules[member] |= 1 << rule;
			this.openBlocks[member * this.ruleCount + rule] = this.blocks.size();
		}
		this.blocks.add(new Block(rule, members, 0));
	}

	private int[] sortedByNeighbourhood(int[] members) {
		long[][] keyed = new long[members.length][];
		for (int k = 0; k < members.length; k++) {
			keyed[k] = new long[] { this.neighbourhoodKeys[members[k]], members[k] };
		}
		Arrays.sort(keyed, (x, y) -> (x[0] != y[0]) ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
		int[] sorted = new int[members.length];
		for (int k = 0; k < members.length; k++) {
			sorted[k] = (int) keyed[k][1];
		}
		return sorted;
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
		z = (z ^ (z >>> 33)) * 0xc4ceb53cf7e1b3c9L;
		return z ^ (z >>> 33);
	}

}
