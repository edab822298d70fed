package org.homeward.linkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.homeward.linkage.names.NameConcepts;
import org.homeward.linkage.names.SurnameForms;
import org.homeward.linkage.text.NameNormaliser;
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

	RecordPreparer(FieldProfile profile) {
		this.fields = profile.fields();
		this.given = profile.firstOfKind(FieldKind.GIVEN_NAME);
		this.family = profile.firstOfKind(FieldKind.FAMILY_NAME);
		this.names = new NameFeatureCache(NameConcepts.builtIn(), SurnameForms.builtIn(), this.interner, true);
		/* Only a profile with places loads them (FEBRL 4 has none). */
		this.places = (profile.firstOfKind(FieldKind.PLACE) >= 0)
				? new NameFeatureCache(NameConcepts.places(), SurnameForms.builtIn(), this.interner, false) : null;
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
		PreparedRecord prepared = new PreparedRecord(record.id(), record.source(),
				this.interner.intern("source:" + record.source()), this.fields.size());
		for (int f = 0; f < this.fields.size(); f++) {
			FieldSpec spec = this.fields.get(f);
			String value = record.value(spec.name());
			try {
				prepareField(prepared, f, spec.kind(), value);
			}
			catch (IllegalArgumentException ex) {
				throw new FieldFormatException(spec.name(), ex.getMessage());
			}
		}
		splitFullName(prepared, record);
		return prepared;
	}

	/*
	 * Lists often put the whole name into one column ("BILYI DANYLO", family name empty):
	 * the word that is a known given name becomes the given name, the rest the family
	 * name.
	 */
	private void splitFullName(PreparedRecord prepared, InputRecord record) {
		if (this.given < 0 || this.family < 0 || prepared.names[this.family] != null) {
			return;
		}
		String[] words = NameNormaliser.normalise(record.value(this.fields.get(this.given).name())).split(" ");
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
	}

	/**
	 * Computes the name features a record will need, without interning (see
	 * {@link NameFeatureCache#warm}); safe on any thread, and throws nothing for
	 * malformed values, which {@link #prepare} reports.
	 */
	void warm(InputRecord record) {
		for (int f = 0; f < this.fields.size(); f++) {
			FieldSpec spec = this.fields.get(f);
			@Nullable NameFeatureCache cache = switch (spec.kind()) {
				case GIVEN_NAME, FAMILY_NAME -> this.names;
				case PATRONYMIC -> this.patronymics;
				case PLACE -> this.places;
				default -> null;
			};
			if (cache != null) {
				cache.warm(record.value(spec.name()));
			}
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

	private void prepareField(PreparedRecord prepared, int f, FieldKind kind, String value) {
		switch (kind) {
			case GIVEN_NAME, FAMILY_NAME -> prepared.setName(f, this.names.get(value));
			case PATRONYMIC -> prepared.setName(f, this.patronymics.get(value));
			case PLACE -> prepared.setName(f, Objects.requireNonNull(this.places).get(value));
			case SEX -> prepared.ints[f] = sex(value);
			case DATE -> prepared.ints[f] = DateValue.parse(value);
			case TEXT, CODE -> {
				String normalised = NameNormaliser.normalise(value);
				if (kind == FieldKind.CODE) {
					normalised = normalised.replace(" ", "");
				}
				if (!normalised.isEmpty()) {
					prepared.ints[f] = this.interner.intern("v" + f + ":" + normalised);
					prepared.texts[f] = normalised.toCharArray();
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

	private static void fillTermWeights(List<PreparedRecord> records, int f) {
		Map<Long, Integer> counts = new HashMap<>();
		for (PreparedRecord record : records) {
			NameFeatures name = record.names[f];
			if (name != null) {
				counts.merge(name.nameKey, 1, Integer::sum);
			}
		}
		double total = records.size();
		for (PreparedRecord record : records) {
			NameFeatures name = record.names[f];
			if (name != null) {
				record.termWeights[f] = (float) -FellegiSunterModel.log2(counts.get(name.nameKey) / total);
			}
		}
	}

}
