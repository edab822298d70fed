package org.homeward.linkage.synthetic;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyntheticBenchmarkTest {

	private static final SyntheticBenchmark BENCHMARK = SyntheticBenchmark.generate(1500, 7);

	@Test
	void sameSeedGivesTheSameRecords() {
		assertThat(SyntheticBenchmark.generate(200, 3).records())
			.isEqualTo(SyntheticBenchmark.generate(200, 3).records());
	}

	@Test
	void anotherSeedGivesOtherRecords() {
		assertThat(SyntheticBenchmark.generate(200, 3).records())
			.isNotEqualTo(SyntheticBenchmark.generate(200, 4).records());
	}

	@Test
	void marksEveryRecordAndChildAsSynthetic() {
		assertThat(BENCHMARK.records()).allSatisfy((r) -> {
			assertThat(r.recordId()).startsWith("syn-");
			assertThat(r.entityId()).startsWith("syn-child-");
		});
	}

	@Test
	void describesEveryChildInThreeToSixRecordsOnAverage() {
		long entities = BENCHMARK.records().stream().map(SyntheticRecord::entityId).distinct().count();
		double perChild = (double) BENCHMARK.records().size() / entities;
		assertThat(entities).isEqualTo(1500);
		assertThat(perChild).isBetween(3.0, 6.0);
	}

	@Test
	void drawsFromEverySource() {
		Set<String> sources = BENCHMARK.records().stream().map((r) -> r.mention().source()).collect(Collectors.toSet());
		assertThat(sources).containsExactlyInAnyOrder("ua-registry", "family-request", "ru-adoption-db", "news",
				"social-media", "official-list");
	}

	@Test
	void writesRussifiedAndRomanisedForms() {
		List<String> givenNames = BENCHMARK.records().stream().map((r) -> r.mention().givenName()).toList();
		assertThat(givenNames).contains("Михаил", "Александр", "Міша", "Mykhailo", "MYKHAILO", "Mikhail");
	}

	@Test
	void holdsTwinsThatShareEverythingButTheGivenName() {
		Map<String, List<SyntheticRecord>> registry = BENCHMARK.records()
			.stream()
			.filter((r) -> r.mention().source().equals("ua-registry"))
			.collect(Collectors.groupingBy(SyntheticBenchmarkTest::familyKey));
		long twinGroups = registry.values()
			.stream()
			.filter((group) -> group.stream().map(SyntheticRecord::entityId).distinct().count() > 1)
			.count();
		assertThat(twinGroups).isGreaterThan(5);
	}

	@Test
	void repeatsCommonNamesAcrossUnrelatedChildren() {
		Map<String, Long> childrenPerName = BENCHMARK.records()
			.stream()
			.filter((r) -> r.mention().source().equals("ua-registry"))
			.collect(Collectors.groupingBy((r) -> r.mention().givenName() + " " + r.mention().familyName(),
					Collectors.counting()));
		assertThat(childrenPerName.values().stream().mapToLong(Long::longValue).max().orElse(0)).isGreaterThan(2);
	}

	@Test
	void drawsMostSurnamesFromALongTail() {
		Map<String, Long> childrenPerSurname = BENCHMARK.records()
			.stream()
			.filter((r) -> r.mention().source().equals("ua-registry"))
			.collect(Collectors.groupingBy((r) -> r.mention().familyName(), Collectors.counting()));
		long children = childrenPerSurname.values().stream().mapToLong(Long::longValue).sum();
		assertThat(childrenPerSurname).hasSizeGreaterThan(250);
		assertThat(childrenPerSurname.values().stream().mapToLong(Long::longValue).max().orElse(0))
			.isLessThan(children / 40);
	}

	@Test
	void givesEverySocialMediaPostMoreThanAFirstName() {
		assertThat(BENCHMARK.records()).filteredOn((r) -> r.mention().source().equals("social-media"))
			.isNotEmpty()
			.allSatisfy((r) -> assertThat(
					List.of(r.mention().familyName(), r.mention().birthDate(), r.mention().settlement()))
				.anySatisfy((value) -> assertThat(value).isNotEmpty()));
	}

	@Test
	void rejectsAnEmptyPopulation() {
		assertThatIllegalArgumentException().isThrownBy(() -> SyntheticBenchmark.generate(0, 1));
	}

	private static String familyKey(SyntheticRecord r) {
		Mention m = r.mention();
		return String.join("|", m.familyName(), m.patronymic(), m.birthDate(), m.settlement());
	}

}
