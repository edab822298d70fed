package org.homeward.linkage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.homeward.linkage.evaluation.FebrlTruth;
import org.homeward.linkage.synthetic.Mention;
import org.homeward.linkage.synthetic.SyntheticBenchmark;
import org.homeward.linkage.synthetic.SyntheticRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code link}'s loop scores a pair with {@link Scorer#weighAtLeast}, which stops once
 * the pair cannot reach the review weight. On pairs of real-looking records and at
 * several floors it must give exactly what {@link Scorer#weigh} gives (weight, levels,
 * flags) whenever the full weight reaches the floor, and stop only pairs whose full
 * weight is below it.
 */
class EarlyExitScoringTest {

	private static final int PAIRS = 40_000;

	@Test
	void stopsOnlyPairsBelowTheFloorOnSyntheticRecords() {
		List<InputRecord> records = new ArrayList<>();
		Map<String, String> entities = new HashMap<>();
		for (SyntheticRecord record : SyntheticBenchmark.generate(1500, 13).records()) {
			Mention m = record.mention();
			records.add(InputRecord.person(record.recordId(), m.source(), m.givenName(), m.familyName(), m.patronymic(),
					m.sex(), m.birthDate(), m.settlement(), m.oblast()));
			entities.put(record.recordId(), record.entityId());
		}
		assertBoundHolds(FieldProfile.person(), records, entities::get);
	}

	@Test
	void stopsOnlyPairsBelowTheFloorOnFebrl() throws IOException {
		List<InputRecord> records = new ArrayList<>(FebrlLinkageTest.read("dataset4a.csv"));
		records.addAll(FebrlLinkageTest.read("dataset4b.csv"));
		assertBoundHolds(FieldProfile.febrl(), records, (id) -> FebrlTruth.entityOf(id).orElse(id));
	}

	/* A third of the pairs are random, the others two records of one person. */
	private static void assertBoundHolds(FieldProfile profile, List<InputRecord> input,
			Function<String, String> entity) {
		LinkageEngine engine = LinkageEngine.create(profile);
		List<PreparedRecord> records = engine.prepareAll(input);
		FellegiSunterModel model = engine.linkPrepared(records).model();
		Scorer scorer = new Scorer(model);
		ScoringContext full = scorer.newContext();
		ScoringContext bounded = scorer.newContext();
		double[] floors = { model.weightFor(0.5), model.weightFor(0.05), model.weightFor(0.99), -5, 25 };
		Map<String, List<Integer>> byEntity = new HashMap<>();
		for (int i = 0; i < records.size(); i++) {
			byEntity.computeIfAbsent(entity.apply(records.get(i).id), (e) -> new ArrayList<>()).add(i);
		}
		Random random = new Random(3);
		int stopped = 0;
		int kept = 0;
		for (int p = 0; p < PAIRS; p++) {
			int i = random.nextInt(records.size());
			List<Integer> same = byEntity.get(entity.apply(records.get(i).id));
			int j = (p % 3 == 0) ? random.nextInt(records.size()) : same.get(random.nextInt(same.size()));
			PreparedRecord a = records.get(i);
			PreparedRecord b = records.get(j);
			double floor = floors[p % floors.length];
			double weight = scorer.weigh(a, b, full);
			double atLeast = scorer.weighAtLeast(a, b, bounded, floor);
			if (atLeast == Double.NEGATIVE_INFINITY) {
				assertThat(weight).as("%s %s stopped at floor %s", a.id, b.id, floor).isLessThan(floor);
				stopped++;
			}
			else {
				assertThat(atLeast).as("%s %s", a.id, b.id).isEqualTo(weight);
				assertThat(bounded.levels).as("%s %s", a.id, b.id).isEqualTo(full.levels);
				kept += (weight >= floor) ? 1 : 0;
			}
		}
		assertThat(stopped).as("pairs stopped early").isGreaterThan(PAIRS / 10);
		assertThat(kept).as("pairs at or above their floor").isGreaterThan(PAIRS / 20);
	}

}
