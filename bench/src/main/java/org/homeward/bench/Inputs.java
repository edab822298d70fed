package org.homeward.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.linkage.InputRecord;
import org.homeward.linkage.synthetic.Mention;
import org.homeward.linkage.synthetic.SyntheticRecord;

/**
 * Turns benchmark data into the engine's input records and truth maps.
 */
final class Inputs {

	private Inputs() {
	}

	/**
	 * Converts synthetic records for the engine's person profile.
	 * @param records synthetic records
	 * @return the engine's records, in the same order
	 */
	static List<InputRecord> person(List<SyntheticRecord> records) {
		return records.stream().map(Inputs::person).toList();
	}

	private static InputRecord person(SyntheticRecord record) {
		Mention m = record.mention();
		return InputRecord.person(record.recordId(), m.source(), m.givenName(), m.familyName(), m.patronymic(), m.sex(),
				m.birthDate(), m.settlement(), m.oblast());
	}

	/**
	 * Converts FEBRL rows for the engine's FEBRL profile.
	 * @param rows the rows
	 * @return the engine's records, in the same order
	 */
	static List<InputRecord> febrl(List<FebrlDataset.Row> rows) {
		return rows.stream().map((row) -> new InputRecord(row.id(), row.source(), row.values())).toList();
	}

	/**
	 * The truth of synthetic records.
	 * @param records synthetic records
	 * @return record id to entity id
	 */
	static Map<String, String> truth(List<SyntheticRecord> records) {
		Map<String, String> truth = new HashMap<>();
		records.forEach((r) -> truth.put(r.recordId(), r.entityId()));
		return truth;
	}

	/**
	 * Cluster numbers as cluster ids.
	 * @param clusters record id to cluster number
	 * @return record id to cluster id
	 */
	static Map<String, String> asText(Map<String, Integer> clusters) {
		Map<String, String> text = new HashMap<>();
		clusters.forEach((id, cluster) -> text.put(id, Integer.toString(cluster)));
		return text;
	}

}
