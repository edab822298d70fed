package org.homeward.linkage;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.homeward.linkage.names.NameConcepts;
import org.homeward.linkage.names.Patronymics;
import org.homeward.linkage.names.SurnameForms;
import org.homeward.linkage.text.NameNormaliser;
import org.homeward.linkage.text.SettlementTypes;
import org.jspecify.annotations.Nullable;

/**
 * Turns input records into {@link PreparedRecord}s and fills in term-frequency weights
 * for a batch. Safe for concurrent use.
 */
final class RecordPreparer {

	private final List<FieldSpec> fields;

	private final Interner interner = new Interner();

	private final NameFeatureCache names;

	private final @Nullable NameFeatureCache places;

	private final NameFeatureCache patronymics;

	private final int given;

	private final int family;

	private final int patronymic;

	private final NameConcepts concepts = NameConcepts.builtIn();

	RecordPreparer(FieldProfile profile) {
		this.fields = profile.fields();
		this.given = profile.firstOfKind(FieldKind.GIVEN_NAME);
		this.family = profile.firstOfKind(FieldKind.FAMILY_NAME);
		this.patronymic = profile.firstOfKind(FieldKind.PATRONYMIC);
		this.names = new NameFeatureCache(NameConcepts.builtIn(), SurnameForms.builtIn(), this.interner, true);
		/* Only a profile with places loads them (FEBRL 4 has none). */
		this.places = (profile.firstOfKind(FieldKind.PLACE) >= 0)
				? new NameFeatureCache(NameConcepts.places(), SurnameForms.places(), this.interner, false) : null;
		this.patronymics = NameFeatureCache.ofPatronymics(NameConcepts.builtIn(), SurnameForms.builtIn(),
				this.interner);
	}

	/**
	 * The interner and the three name caches, for {@link IndexSnapshot}.
	 */
	Interner interner() {
		return this.interner;
	}

	List<NameFeatureCache> nameCaches() {
		return List.of(this.names, this.places, this.patronymics);
	}

	/**
	 * Prepares one record.
	 * @throws FieldFormatException when a sex or date value is malformed
	 */
	PreparedRecord prepare(InputRecord record) {
		return prepare(record, read(record, false));
	}

	/**
	 * A record's values as {@link #read} found them: raw, normalised, and for texts and
	 * codes the string to intern and the characters to compare.
	 */
	static final class ReadRecord {

		final String[] values;

		final String[] normalised;

		final @Nullable String[] keys;

		final char @Nullable [][] texts;

		private ReadRecord(String[] values, String[] normalised, @Nullable String[] keys, char @Nullable [][] texts) {
			this.values = values;
			this.normalised = normalised;
			this.keys = keys;
			this.texts = texts;
		}

	}

	/**
	 * Reads and normalises a record's values and computes the features of its names (see
	 * {@link NameFeatureCache#warm}), interning nothing: what preparing costs before the
	 * ids, safe on any thread. Throws nothing for malformed values, which
	 * {@link #prepare} reports.
	 */
	ReadRecord read(InputRecord record) {
		return read(record, true);
	}

	/*
	 * One record alone (a search, a new identity in the application) computes its names
	 * when it interns them: a warmed draft that no get asks for (the whole value before
	 * its patronymic is lifted out) would stay in the cache of a long-running process,
	 * while a batch drops its leftover drafts at the end.
	 */
	private ReadRecord read(InputRecord record, boolean warm) {
		int count = this.fields.size();
		String[] values = new String[count];
		String[] normalised = new String[count];
		String[] keys = new String[count];
		char[][] texts = new char[count][];
		for (int f = 0; f < count; f++) {
			FieldSpec spec = this.fields.get(f);
			values[f] = record.value(spec.name());
			normalised[f] = normalised(spec.kind(), values[f]);
			@Nullable NameFeatureCache cache = cache(spec.kind());
			if (cache != null) {
				if (warm) {
					cache.warm(normalised[f]);
				}
			}
			else if ((spec.kind() == FieldKind.TEXT || spec.kind() == FieldKind.CODE) && !normalised[f].isEmpty()) {
				keys[f] = "v" + f + ":" + normalised[f];
				texts[f] = normalised[f].toCharArray();
			}
		}
		return new ReadRecord(values, normalised, keys, texts);
	}

	/**
	 * Prepares one record from what {@link #read} found in it, interning its strings.
	 * @throws FieldFormatException when a sex or date value is malformed
	 */
	PreparedRecord prepare(InputRecord record, ReadRecord read) {
		PreparedRecord prepared = new PreparedRecord(record.id(), record.source(),
				this.interner.intern("source:" + record.source()), this.fields.size());
		String[] values = read.values.clone();
		liftPatronymic(values);
		for (int f = 0; f < this.fields.size(); f++) {
			FieldSpec spec = this.fields.get(f);
			String normalised = (values[f] == read.values[f]) ? read.normalised[f] : normalised(spec.kind(), values[f]);
			try {
				prepareField(prepared, f, spec.kind(), values[f], normalised, read);
			}
			catch (IllegalArgumentException ex) {
				throw new FieldFormatException(spec.name(), ex.getMessage());
			}
		}
		splitFullName(prepared, values);
		return prepared;
	}

	/*
	 * A value as its field's kind compares it: names and places normalised, codes without
	 * spaces.
	 */
	private static String normalised(FieldKind kind, String value) {
		return switch (kind) {
			case PLACE -> SettlementTypes.strip(NameNormaliser.normalise(value));
			case GIVEN_NAME, FAMILY_NAME, PATRONYMIC, TEXT -> NameNormaliser.normalise(value);
			case CODE -> NameNormaliser.normalise(value).replace(" ", "");
			case SEX, DATE -> value;
		};
	}

	private @Nullable NameFeatureCache cache(FieldKind kind) {
		return switch (kind) {
			case GIVEN_NAME, FAMILY_NAME -> this.names;
			case PATRONYMIC -> this.patronymics;
			case PLACE -> this.places;
			default -> null;
		};
	}

	/*
	 * Documents and lists often write the whole name in one column, surname, given name
	 * and patronymic ("Коваленко Михайло Олександрович", "MYKHAILO OLEKSANDROVYCH
	 * KOVALENKO"), or the patronymic after the given name in the given-name column. A
	 * word right after a known given name that reads as a patronymic (a known father's
	 * name with a son's or daughter's suffix, Олександрович) becomes the patronymic when
	 * the record has none. Two words in one column are read this way only in the
	 * given-name column beside a family name: "Олег Кондратович" alone is as likely a
	 * given name and a surname.
	 */
	private void liftPatronymic(String[] values) {
		if (this.patronymic < 0 || !NameNormaliser.normalise(values[this.patronymic]).isEmpty()) {
			return;
		}
		for (int f : new int[] { this.given, this.family }) {
			if (f < 0) {
				continue;
			}
			String[] words = NameNormaliser.normalise(values[f]).split(" ");
			boolean beside = f == this.given && this.family >= 0
					&& !NameNormaliser.normalise(values[this.family]).isEmpty();
			int at = (words.length >= 3 || (words.length == 2 && beside)) ? patronymicAt(words) : -1;
			if (at > 0) {
				values[this.patronymic] = words[at];
				values[f] = String.join(" ", without(words, at));
				return;
			}
		}
	}

	private int patronymicAt(String[] words) {
		for (int w = 1; w < words.length; w++) {
			NameFeatures before = this.names.get(words[w - 1]);
			NameFeatures word = this.names.get(words[w]);
			if (before != null && before.concepts.length > 0 && (word == null || word.concepts.length == 0)
					&& Patronymics.sexOf(words[w]) != 0
					&& !Patronymics.fatherConcepts(words[w], this.concepts).isEmpty()) {
				return w;
			}
		}
		return -1;
	}

	private static String[] without(String[] words, int at) {
		String[] rest = new String[words.length - 1];
		for (int w = 0, k = 0; w < words.length; w++) {
			if (w != at) {
				rest[k++] = words[w];
			}
		}
		return rest;
	}

	/*
	 * Lists often put the whole name into one column ("BILYI DANYLO", family name empty):
	 * the word that is a known given name becomes the given name, the rest the family
	 * name.
	 */
	private void splitFullName(PreparedRecord prepared, String[] values) {
		if (this.given < 0 || this.family < 0 || prepared.names[this.family] != null) {
			return;
		}
		String[] words = NameNormaliser.normalise(values[this.given]).split(" ");
		if (words.length < 2) {
			return;
		}
		for (int w = 0; w < words.length; w++) {
			NameFeatures word = this.names.get(words[w]);
			if (word != null && word.concepts.length > 0) {
				StringBuilder rest = new StringBuilder();
				for (int k = 0; k < words.length; k++) {
					rest.append((k != w) ? words[k] + " " : "");
				}
				prepared.setName(this.given, word);
				prepared.setName(this.family, this.names.get(rest.toString()));
				return;
			}
		}
		/*
		 * "M. Kovalenko", "KOVALENKO M. O.": one family name and initials, which say too
		 * little to compare.
		 */
		int named = -1;
		for (int w = 0; w < words.length; w++) {
			if (words[w].length() > 1) {
				named = (named == -1) ? w : -2;
			}
		}
		if (named >= 0) {
			prepared.setName(this.given, null);
			prepared.setName(this.family, this.names.get(words[named]));
		}
	}

	/** Forgets warmed features that no prepared record asked for. */
	void dropDrafts() {
		this.names.dropDrafts();
		this.patronymics.dropDrafts();
		if (this.places != null) {
			this.places.dropDrafts();
		}
	}

	/**
	 * Checks the values that can be malformed (dates, sex) without preparing names.
	 * @throws FieldFormatException naming the first malformed field
	 */
	void validate(InputRecord record) {
		for (FieldSpec spec : this.fields) {
			try {
				if (spec.kind() == FieldKind.DATE) {
					DateValue.parse(record.value(spec.name()));
				}
				else if (spec.kind() == FieldKind.SEX) {
					sex(record.value(spec.name()));
				}
			}
			catch (IllegalArgumentException ex) {
				throw new FieldFormatException(spec.name(), ex.getMessage());
			}
		}
	}

	private void prepareField(PreparedRecord prepared, int f, FieldKind kind, String value, String normalised,
			ReadRecord read) {
		switch (kind) {
			case GIVEN_NAME, FAMILY_NAME -> prepared.setName(f, this.names.getNormalised(normalised));
			case PATRONYMIC -> prepared.setName(f, this.patronymics.getNormalised(normalised));
			case PLACE -> prepared.setName(f, Objects.requireNonNull(this.places).getNormalised(normalised));
			case SEX -> prepared.ints[f] = sex(value);
			case DATE -> prepared.ints[f] = DateValue.parse(value);
			case TEXT, CODE -> {
				if (!normalised.isEmpty()) {
					String key = read.keys[f];
					char[] text = read.texts[f];
					prepared.ints[f] = this.interner.intern((key != null) ? key : "v" + f + ":" + normalised);
					prepared.setText(f, (text != null) ? text : normalised.toCharArray());
				}
			}
		}
	}

	private static int sex(String value) {
		return switch (value.toUpperCase(java.util.Locale.ROOT)) {
			case "" -> 0;
			case "M", "М", "Ч", "MALE" -> 1;
			case "F", "Ж", "FEMALE" -> 2;
			default -> throw new IllegalArgumentException("sex must be M, F or empty, not " + value);
		};
	}

	/**
	 * Sets every record's term weight {@code -log2(share of records with the value)} for
	 * the fields that use term frequencies.
	 */
	void fillTermWeights(List<PreparedRecord> records) {
		for (int f = 0; f < this.fields.size(); f++) {
			if (this.fields.get(f).termFrequency() && this.fields.get(f).kind().isName()) {
				fillTermWeights(records, f);
			}
		}
	}

	/*
	 * Counts by sorting the keys rather than in a map of boxed keys, which took a quarter
	 * of the thread that interns while preparing FEBRL 4; the counts, and so the weights,
	 * are the same.
	 */
	private static void fillTermWeights(List<PreparedRecord> records, int f) {
		long[] keys = new long[records.size()];
		int named = 0;
		for (PreparedRecord record : records) {
			NameFeatures name = record.names[f];
			if (name != null) {
				keys[named++] = name.nameKey;
			}
		}
		long[] distinct = Arrays.copyOf(keys, named);
		Arrays.sort(distinct);
		int[] counts = new int[named];
		int kinds = 0;
		for (int k = 0; k < named; k++) {
			if (kinds == 0 || distinct[kinds - 1] != distinct[k]) {
				distinct[kinds++] = distinct[k];
			}
			counts[kinds - 1]++;
		}
		double total = records.size();
		for (PreparedRecord record : records) {
			NameFeatures name = record.names[f];
			if (name != null) {
				int count = counts[Arrays.binarySearch(distinct, 0, kinds, name.nameKey)];
				record.termWeights[f] = (float) -FellegiSunterModel.log2(count / total);
			}
		}
	}

}
