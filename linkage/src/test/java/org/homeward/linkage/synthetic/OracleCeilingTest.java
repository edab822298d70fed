package org.homeward.linkage.synthetic;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.LinkageResult;
import org.homeward.linkage.cli.CeilingCommand;
import org.homeward.linkage.evaluation.PairwiseEvaluation;
import org.homeward.linkage.evaluation.PairwiseScore;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The oracle ceiling of the synthetic benchmark. Every child here is invented.
 */
class OracleCeilingTest {

	private static final SyntheticBenchmark GENERATED = SyntheticBenchmark.generate(3000, 11);

	private static final OracleCeiling.Result CEILING = OracleCeiling.measure(GENERATED);

	@Test
	void coversEveryHabitOfTheGenerator() {
		assertThat(CEILING.impossible()).isZero();
		assertThat(CEILING.records()).hasSize(GENERATED.records().size())
			.allSatisfy((p) -> assertThat(p.compatible()).isPositive());
		assertThat(CEILING.sources().values().stream().mapToInt(OracleCeiling.SourceCount::records).sum())
			.isEqualTo(GENERATED.records().size());
		assertThat(CEILING.sources()).containsOnlyKeys("ua-registry", "family-request", "ru-adoption-db", "news",
				"social-media", "official-list");
	}

	/*
	 * The oracle knows more than any engine can, so an engine that scored above it would
	 * prove the oracle wrong. Some records fit several children, so even the oracle
	 * misses pairs at a precision of 0.98.
	 */
	@Test
	void boundsWhatTheEngineReaches() {
		LinkageResult linked = LinkageEngine.create(FieldProfile.person())
			.link(GENERATED.records().stream().map(OracleCeilingTest::input).toList());
		Map<String, String> truth = new HashMap<>();
		Map<String, String> clusters = new HashMap<>();
		linked.clustersById().forEach((id, cluster) -> clusters.put(id, Integer.toString(cluster)));
		GENERATED.records().forEach((r) -> truth.put(r.recordId(), r.entityId()));
		PairwiseScore engine = PairwiseEvaluation.score(truth, clusters);
		double bestF1 = CEILING.thresholds().stream().mapToDouble((t) -> t.score().f1()).max().orElseThrow();
		assertThat(engine.f1()).isLessThan(bestF1);
		PairwiseScore ceiling = CEILING.bestAtPrecision(0.98).score();
		assertThat(ceiling.recall()).isGreaterThan(engine.recall()).isLessThan(0.99);
		assertThat(ceiling.f1()).isGreaterThan(engine.f1());
	}

	@Test
	void splitsANamesakeMentionBetweenTheChildrenItFits() {
		Oblast donetsk = new Oblast("donetsk", "Донецька", "Донецкая", "Donetsk");
		Settlement town = new Settlement(donetsk, "Донецьк", "Донецк", 1);
		GivenName artem = new GivenName(Sex.MALE, 1, "Артем", "Артём", List.of("Тема"), List.of("Тёма"));
		Surname pavlenko = new Surname("Павленко", "Павленко", "Павленко", "Павленко", 1);
		FatherName ivan = new FatherName(1, "Іван", "Иван", "Іванович", "Іванівна", "Иванович", "Ивановна");
		FatherName petro = new FatherName(1, "Петро", "Пётр", "Петрович", "Петрівна", "Петрович", "Петровна");
		SyntheticChild first = new SyntheticChild("syn-child-1", Sex.MALE, artem, pavlenko, ivan,
				LocalDate.of(2012, 3, 4), town);
		SyntheticChild second = new SyntheticChild("syn-child-2", Sex.MALE, artem, pavlenko, petro,
				LocalDate.of(2014, 8, 9), town);
		List<SyntheticRecord> records = List.of(
				record("syn-1", first,
						new Mention("ua-registry", "Артем", "Павленко", "Іванович", "M", "2012-03-04", "Донецьк",
								"Донецька")),
				record("syn-2", second,
						new Mention("ua-registry", "Артем", "Павленко", "Петрович", "M", "2014-08-09", "Донецьк", "")),
				record("syn-3", first, new Mention("social-media", "Artem", "Pavlenko", "", "", "", "Donetsk", "")),
				record("syn-4", first, new Mention("news", "Artem", "Pavlenko", "", "", "2011", "Donetsk", "")),
				record("syn-5", first, new Mention("ru-adoption-db", "Артём", "Смирнов", "Сергеевич", "M", "2013-03-04",
						"Донецк", "")));
		OracleCeiling.Result result = OracleCeiling
			.measure(SyntheticBenchmark.of(records, List.of(first, second), Lexicon.load()));
		Map<String, OracleCeiling.RecordPosterior> byId = new HashMap<>();
		result.records().forEach((p) -> byId.put(p.recordId(), p));
		assertThat(result.impossible()).isZero();
		assertThat(byId.get("syn-1").compatible()).isEqualTo(1);
		assertThat(byId.get("syn-3").compatible()).isEqualTo(2);
		assertThat(byId.get("syn-3").posterior()).isEqualTo(0.5);
		// an age one year off fits the child born in 2012, not the one born in 2014
		assertThat(byId.get("syn-4").compatible()).isEqualTo(1);
		assertThat(byId.get("syn-4").chosenEntity()).isEqualTo("syn-child-1");
		// renamed, new patronymic, birth date a year later: only the first child's date
		// shifts to it
		assertThat(byId.get("syn-5").compatible()).isEqualTo(1);
		assertThat(byId.get("syn-5").chosenEntity()).isEqualTo("syn-child-1");
	}

	@Test
	void printsTheCeilingOnTheCommandLine() {
		StringWriter console = new StringWriter();
		int exit = new CommandLine(new CeilingCommand()).setOut(new PrintWriter(console))
			.execute("--children", "300", "--seed", "3");
		assertThat(exit).isZero();
		assertThat(console.toString()).contains("records:", "social-media", "best F1 with precision >= 0.98");
	}

	private static SyntheticRecord record(String id, SyntheticChild child, Mention mention) {
		return new SyntheticRecord(id, child.entityId(), mention);
	}

	private static InputRecord input(SyntheticRecord r) {
		Mention m = r.mention();
		return InputRecord.person(r.recordId(), m.source(), m.givenName(), m.familyName(), m.patronymic(), m.sex(),
				m.birthDate(), m.settlement(), m.oblast());
	}

}
