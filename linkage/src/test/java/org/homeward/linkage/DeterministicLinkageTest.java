package org.homeward.linkage;

import java.util.ArrayList;
import java.util.List;

import org.homeward.linkage.synthetic.Mention;
import org.homeward.linkage.synthetic.SyntheticBenchmark;
import org.homeward.linkage.synthetic.SyntheticRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same records and options give the same clusters and the same scored pairs, to the
 * bit, on one thread and on four, run after run: evidence must be reproducible. Before
 * interning followed the thread timing, two-thread runs of the synthetic benchmark drew
 * other models and clusters every time.
 */
class DeterministicLinkageTest {

	private static final int RUNS = 3;

	@Test
	void linksIdenticallyOnOneAndFourThreads() {
		List<InputRecord> records = syntheticRecords(1500, 11);
		LinkageResult single = link(records, 1);
		assertThat(single.pairs()).isNotEmpty();
		for (int run = 0; run < RUNS; run++) {
			LinkageResult parallel = link(records, 4);
			assertThat(parallel.clustersById()).as("clusters, run %d", run).isEqualTo(single.clustersById());
			assertThat(parallel.pairs()).as("pairs and weights, run %d", run).isEqualTo(single.pairs());
			assertThat(parallel.model().lambda()).as("model, run %d", run).isEqualTo(single.model().lambda());
		}
	}

	private static LinkageResult link(List<InputRecord> records, int threads) {
		LinkageOptions options = LinkageOptions.defaults(FieldProfile.person()).withThreads(threads);
		return LinkageEngine.create(options).link(records);
	}

	private static List<InputRecord> syntheticRecords(int children, long seed) {
		List<InputRecord> records = new ArrayList<>();
		for (SyntheticRecord record : SyntheticBenchmark.generate(children, seed).records()) {
			Mention m = record.mention();
			records.add(InputRecord.person(record.recordId(), m.source(), m.givenName(), m.familyName(), m.patronymic(),
					m.sex(), m.birthDate(), m.settlement(), m.oblast()));
		}
		return records;
	}

}
