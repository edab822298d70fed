package org.homeward.linkage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.homeward.linkage.synthetic.Mention;
import org.homeward.linkage.synthetic.SyntheticBenchmark;
import org.homeward.linkage.synthetic.SyntheticRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring loop reads names by the ids inlined in {@link PreparedRecord#ints} and
 * remembers levels in a growing memo; on random pairs of real-looking records it must
 * give every level the reference path gives from the {@link NameFeatures} alone, without
 * a memo.
 */
class FlatComparisonTest {

	private static final int PAIRS = 60_000;

	@Test
	void flatPathGivesTheReferenceLevelsOnSyntheticPairs() {
		List<InputRecord> records = new ArrayList<>();
		for (SyntheticRecord record : SyntheticBenchmark.generate(1500, 11).records()) {
			Mention m = record.mention();
			records.add(InputRecord.person(record.recordId(), m.source(), m.givenName(), m.familyName(), m.patronymic(),
					m.sex(), m.birthDate(), m.settlement(), m.oblast()));
		}
		assertSameLevels(FieldProfile.person(), records);
	}

	@Test
	void flatPathGivesTheReferenceLevelsOnFebrlPairs() throws IOException {
		List<InputRecord> records = new ArrayList<>(FebrlLinkageTest.read("dataset4a.csv"));
		records.addAll(FebrlLinkageTest.read("dataset4b.csv"));
		assertSameLevels(FieldProfile.febrl(), records);
	}

	/* Every name field against every name field, in every mode (crosswise included). */
	private static void assertSameNameLevels(FieldProfile profile, PreparedRecord a, PreparedRecord b,
			ScoringContext flat, ScoringContext reference) {
		List<FieldSpec> fields = profile.fields();
		for (int f = 0; f < fields.size(); f++) {
			if (!fields.get(f).kind().isName()) {
				continue;
			}
			assertThat(a.ints[f]).isEqualTo((a.names[f] != null) ? a.names[f].exactId : 0);
			for (int g = 0; g < fields.size(); g++) {
				for (int mode = PairComparer.GIVEN; mode <= PairComparer.PATRONYMIC
						&& fields.get(g).kind().isName(); mode++) {
					assertThat(PairComparer.nameLevel(a, f, b, g, mode, flat)).as("%s %s", a.id, b.id)
						.isEqualTo(PairComparer.nameLevel(a.names[f], b.names[g], mode, reference));
				}
			}
		}
	}

	private static void assertSameLevels(FieldProfile profile, List<InputRecord> input) {
		List<PreparedRecord> records = LinkageEngine.create(profile).prepareAll(input);
		PairComparer comparer = new PairComparer(profile);
		int fields = comparer.fieldCount();
		ScoringContext flat = new ScoringContext(fields, true);
		ScoringContext reference = new ScoringContext(fields, false);
		Random random = new Random(5);
		for (int p = 0; p < PAIRS; p++) {
			int i = random.nextInt(records.size());
			int j = (p % 3 == 0) ? random.nextInt(records.size())
					: Math.min(records.size() - 1, i + 1 + random.nextInt(3));
			PreparedRecord a = records.get(i);
			PreparedRecord b = records.get(j);
			if (p % 6 == 0) {
				assertSameNameLevels(profile, a, b, flat, reference);
			}
			int flags = comparer.compare(a, b, flat);
			int[] levels = flat.levels.clone();
			assertThat(comparer.compare(a, b, reference)).isEqualTo(flags);
			assertThat(reference.levels).as("%s %s", a.id, b.id).containsExactly(levels);
		}
	}

}
