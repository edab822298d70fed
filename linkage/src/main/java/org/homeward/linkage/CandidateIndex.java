package org.homeward.linkage;

import java.util.List;

/**
 * Answers "who could this be?" for one record at a time: an application adds records as
 * they arrive and asks for the best-scoring candidates of a new one. Implementations are
 * safe for concurrent use.
 */
public interface CandidateIndex {

	/**
	 * Adds a record, replacing any record with the same id.
	 * @param record the record
	 * @throws FieldFormatException when a value is malformed
	 */
	void add(InputRecord record);

	/**
	 * Removes a record.
	 * @param recordId the record's id
	 * @return whether a record was removed
	 */
	boolean remove(String recordId);

	/**
	 * The number of records held.
	 * @return the count
	 */
	int size();

	/**
	 * The indexed records that share a blocking key with the given one, scored and
	 * explained, strongest first; vetoed pairs and the record itself are left out.
	 * @param record a record, indexed or not
	 * @param limit the most candidates to return, at least 1
	 * @return at most {@code limit} candidates
	 */
	List<Candidate> candidates(InputRecord record, int limit);

	/**
	 * A scored candidate.
	 *
	 * @param recordId the indexed record's id
	 * @param explanation the score and its field-by-field explanation
	 */
	record Candidate(String recordId, PairExplanation explanation) {

		public Candidate {
			java.util.Objects.requireNonNull(recordId, "recordId");
			java.util.Objects.requireNonNull(explanation, "explanation");
		}

	}

}
