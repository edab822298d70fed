package org.homeward.linkage;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Preparing one record at a time, as a long-running application does, leaves nothing
 * behind in the name caches' drafts, and gives the record a batch would give it.
 */
class PreparingAloneTest {

	@Test
	void leavesNoDraftsAndMatchesTheBatch() {
		InputRecord lifted = InputRecord.person("r1", "news", "Олег Андрійович", "Ткачук", "", "M", "2012", "Херсон",
				"");
		InputRecord whole = InputRecord.person("r2", "list", "TKACHUK OLEH", "", "", "M", "2012-03-01", "KHERSON", "");
		LinkageEngine alone = LinkageEngine.create(FieldProfile.person());
		PreparedRecord a = alone.prepare(lifted);
		PreparedRecord b = alone.prepare(whole);
		RecordPreparer preparer = alone.preparer();
		for (NameFeatureCache cache : preparer.nameCaches()) {
			if (cache != null) {
				assertThat(cache.draftCount()).isZero();
			}
		}
		LinkageEngine batch = LinkageEngine.create(FieldProfile.person());
		List<PreparedRecord> both = batch.prepareAll(List.of(lifted, whole));
		assertThat(alone.explain(a, b).fields()).isEqualTo(batch.explain(both.get(0), both.get(1)).fields());
	}

}
