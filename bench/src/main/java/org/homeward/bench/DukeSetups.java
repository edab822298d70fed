package org.homeward.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.ibm.icu.text.Transliterator;
import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.comparators.QGramComparator;
import org.homeward.linkage.synthetic.Mention;
import org.homeward.linkage.synthetic.SyntheticRecord;

/**
 * Hand-tuned Duke configurations, written in Java, for the two benchmarks. Each
 * property's low and high probabilities follow Duke's documentation (low: the chance of a
 * match when the values differ; high: when they are equal) and were tuned by hand on the
 * benchmark itself (the same advantage the engine's profiles had). For the cross-script
 * benchmark Duke gets the best cleaning its API allows: every value is transliterated to
 * lower-case ASCII with ICU ({@code Any-Latin; Latin-ASCII}), because Duke's comparators
 * cannot compare Cyrillic with Latin; it has no name concepts.
 */
final class DukeSetups {

	private DukeSetups() {
	}

	/**
	 * The FEBRL 4 configuration.
	 * @return the linker
	 */
	static DukeLinker febrl() {
		return new DukeLinker(List.of(property("given_name", new JaroWinkler(), 0.35, 0.85),
				property("surname", new JaroWinkler(), 0.25, 0.9),
				property("street_number", new ExactComparator(), 0.45, 0.6),
				property("address_1", new QGramComparator(), 0.35, 0.75),
				property("address_2", new QGramComparator(), 0.45, 0.6),
				property("suburb", new JaroWinkler(), 0.4, 0.7), property("postcode", new Levenshtein(), 0.4, 0.7),
				property("state", new ExactComparator(), 0.45, 0.55),
				property("date_of_birth", new Levenshtein(), 0.25, 0.85),
				property("soc_sec_id", new Levenshtein(), 0.2, 0.95)), 0.9, 100);
	}

	/**
	 * The synthetic cross-script configuration. Tuned on 2,000 children of seed 1:
	 * Jaro–Winkler beat q-grams on given names, and only a threshold near 1 keeps
	 * transitive chains of common names from merging whole families (0.99: F1 0.354;
	 * 0.995: 0.387; 0.999: 0.148).
	 * @return the linker
	 */
	static DukeLinker synthetic() {
		return new DukeLinker(List.of(property("given_name", new JaroWinkler(), 0.05, 0.9),
				property("family_name", new JaroWinkler(), 0.1, 0.9),
				property("patronymic", new JaroWinkler(), 0.3, 0.75),
				property("birth_date", new Levenshtein(), 0.15, 0.9),
				property("settlement", new JaroWinkler(), 0.4, 0.6), property("oblast", new JaroWinkler(), 0.45, 0.52),
				property("sex", new ExactComparator(), 0.1, 0.5)), 0.995, 50);
	}

	/**
	 * Converts FEBRL rows into Duke records.
	 * @param rows the rows
	 * @return the records
	 */
	static List<Record> febrlRecords(List<FebrlDataset.Row> rows) {
		return rows.stream().map((row) -> DukeLinker.record(row.id(), row.values())).toList();
	}

	/**
	 * Converts synthetic records into Duke records, transliterated to lower-case ASCII.
	 * @param records the synthetic records
	 * @return the records
	 */
	static List<Record> syntheticRecords(List<SyntheticRecord> records) {
		Transliterator ascii = Transliterator.getInstance("Any-Latin; Latin-ASCII");
		return records.stream().map((r) -> DukeLinker.record(r.recordId(), cleaned(r.mention(), ascii))).toList();
	}

	private static Map<String, String> cleaned(Mention m, Transliterator ascii) {
		Map<String, String> values = new TreeMap<>();
		values.put("given_name", clean(m.givenName(), ascii));
		values.put("family_name", clean(m.familyName(), ascii));
		values.put("patronymic", clean(m.patronymic(), ascii));
		values.put("sex", m.sex());
		values.put("birth_date", m.birthDate());
		values.put("settlement", clean(m.settlement(), ascii));
		values.put("oblast", clean(m.oblast(), ascii));
		return values;
	}

	private static String clean(String value, Transliterator ascii) {
		return ascii.transliterate(value).toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").strip();
	}

	private static Property property(String name, Comparator comparator, double low, double high) {
		return new PropertyImpl(name, comparator, low, high);
	}

}
