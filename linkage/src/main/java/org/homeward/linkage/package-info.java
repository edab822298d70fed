/**
 * The Homeward record-linkage engine: normalises names in any script, scores candidate
 * pairs and clusters records that describe the same person. Plain Java: no Spring, no
 * SQL, no HTTP.
 *
 * <h2>Public API</h2>
 * <ul>
 * <li>{@link org.homeward.linkage.FieldProfile}: the fields of a schema and its blocking
 * rules; {@code person()} (records.csv) and {@code febrl()} (FEBRL 4) are built in.</li>
 * <li>{@link org.homeward.linkage.InputRecord}: one record, field values by name.</li>
 * <li>{@link org.homeward.linkage.LinkageEngine}: {@code prepare} a record once, then
 * {@code score} or {@code explain} any pair of prepared records (thread-safe,
 * allocation-free, with one reused scratch context per thread); {@code link} a list of
 * records into a {@link org.homeward.linkage.LinkageResult} (clusters, scored pairs,
 * trained {@link org.homeward.linkage.FellegiSunterModel},
 * {@link org.homeward.linkage.LinkageStats}).</li>
 * <li>{@link org.homeward.linkage.CandidateIndex} and its in-memory implementation
 * {@link org.homeward.linkage.InMemoryCandidateIndex}: "who could this be?" for one
 * record at a time.</li>
 * <li>{@link org.homeward.linkage.PairExplanation} and
 * {@link org.homeward.linkage.FieldWeight}: every score explained field by field.</li>
 * </ul>
 *
 * <h2>How a run works</h2> Names are normalised and romanised once per distinct name
 * (package {@code org.homeward.linkage.text}; a Latin name is also read as a German,
 * Polish, French or Czech spelling) and mapped to given-name and place concepts (package
 * {@code org.homeward.linkage.names}). A patronymic written in a name column is moved to
 * the patronymic, a whole name in the given-name column is split, and settlement-type
 * words (м., смт, city) are dropped from places. Records are blocked on a union of keys
 * with capped block sizes; u-probabilities come from random pairs, m-probabilities from
 * EM per blocking rule with the rule's own fields masked (the disagreement of given names
 * and birth dates capped at its prior, since EM mistakes siblings for matches), and λ
 * from EM over all pairs. Patronymics are compared by the father's given-name concept
 * (Андрійович = Андреевич = Andriyovych); an oblast counts only when the settlements do
 * not already agree. Candidate pairs are scored on all threads, block by block; pairs
 * above the match threshold are clustered by descending weight in a union-find that
 * refuses merges across cannot-link pairs (records whose given names disagree) and merges
 * that would put conflicting records into one cluster (different full birth dates,
 * different fathers under one family name). A lone record whose review-band pairs
 * (posterior 0.5 or more) all lead into one cluster then joins it.
 */
@NullMarked
package org.homeward.linkage;

import org.jspecify.annotations.NullMarked;
