package org.homeward.linkage;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringPropertiesTest {

	private static final LinkageEngine ENGINE = LinkageEngine.create(FieldProfile.person());

	@Property(tries = 1000)
	void scoresAreSymmetric(@ForAll("people") InputRecord a, @ForAll("people") InputRecord b) {
		PreparedRecord pa = ENGINE.prepare(a);
		PreparedRecord pb = ENGINE.prepare(b);
		assertThat(ENGINE.score(pa, pb)).isEqualTo(ENGINE.score(pb, pa));
		assertThat(ENGINE.explain(pa, pb).decision()).isEqualTo(ENGINE.explain(pb, pa).decision());
	}

	@Property(tries = 1000)
	void reusedScoringContextGivesTheExplainedWeight(@ForAll("people") InputRecord a, @ForAll("people") InputRecord b) {
		PreparedRecord pa = ENGINE.prepare(a);
		PreparedRecord pb = ENGINE.prepare(b);
		PairExplanation explanation = ENGINE.explain(pa, pb);
		double expected = explanation.vetoed() ? LinkageEngine.VETO_WEIGHT : explanation.weight();
		assertThat(ENGINE.score(pa, pb)).isEqualTo(expected);
		assertThat(ENGINE.score(pa, pb)).isEqualTo(expected);
	}

	@Property(tries = 100)
	void aRecordMatchesItself(@ForAll("people") InputRecord a) {
		PreparedRecord pa = ENGINE.prepare(a);
		assertThat(ENGINE.explain(pa, pa).vetoed()).isFalse();
		assertThat(ENGINE.explain(pa, pa).fields()).allMatch((f) -> f.level() == ComparisonLevel.EXACT
				|| f.level() == ComparisonLevel.MISSING || f.level() == ComparisonLevel.PARTIAL_DATE);
	}

	@Provide
	Arbitrary<InputRecord> people() {
		Arbitrary<String> given = Arbitraries.of("Михайло", "Михаил", "Mykhailo", "Міша", "Олексій", "Oleksandr",
				"Саша", "Іванна", "Ivan", "Даило", "KOVALENKO", "Олійник", "");
		Arbitrary<String> family = Arbitraries.of("Коваленко", "Kowalenko", "Олійник", "Олейник", "Зборовська",
				"Zborovskaya", "KOVALENKO", "MYKHAILO", "Олександр", "");
		Arbitrary<String> date = Arbitraries.of("2014-03-15", "2014", "2014-03-05", "2014-05-03", "2015-03-15", "");
		Arbitrary<String> place = Arbitraries.of("Маріуполь", "Мариуполь", "Mariupol", "Бахмут", "Артемовск", "");
		Arbitrary<String> sex = Arbitraries.of("M", "F", "");
		return Combinators.combine(given, family, date, place, sex)
			.as((g, f, d, p, s) -> InputRecord.person("r", "test", g, f, "", s, d, p, ""));
	}

}
