package org.homeward.linkage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.linkage.CrossScriptMatchingTest.person;

/**
 * Spellings written from general knowledge of names and romanisation habits, not from the
 * synthetic generator ({@code cross-script-names.txt}, {@code cross-script-places.txt},
 * {@code cross-script-patronymics.txt}): every pair must compare as the same name or
 * place. The benchmark that grades the engine is written by others, so these catch what
 * tuning on the own generator would miss.
 */
class CrossScriptProbeTest {

	private static final LinkageEngine ENGINE = LinkageEngine.create(FieldProfile.person());

	@Test
	void comparesEveryProbedSpellingOfANameAsTheSameName() throws IOException {
		List<String> failures = new ArrayList<>();
		for (String[] pair : pairs("cross-script-names.txt")) {
			String[] left = pair[0].split(",", -1);
			String[] right = pair[1].split(",", -1);
			PairExplanation explained = explain(person("ua-1", left[0], left[1], "", "", "", "", ""),
					person("news-2", right[0], right[1], "", "", "", "", ""));
			for (int f = 0; f < 2; f++) {
				ComparisonLevel level = explained.fields().get(f).level();
				if (level != ComparisonLevel.EXACT && level != ComparisonLevel.SAME_CONCEPT) {
					failures.add(pair[0] + " | " + pair[1] + ": " + explained.fields().get(f).field() + " " + level);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void comparesEveryProbedSpellingOfAPlaceAsTheSamePlace() throws IOException {
		assertThat(failures("cross-script-places.txt", 5,
				(pair) -> explain(person("ua-1", "Іван", "Петренко", "", "", "", pair[0], ""),
						person("news-2", "Іван", "Петренко", "", "", "", pair[1], ""))))
			.isEmpty();
	}

	@Test
	void comparesEveryProbedSpellingOfAPatronymicAsTheSameFather() throws IOException {
		assertThat(failures("cross-script-patronymics.txt", 2,
				(pair) -> explain(person("ua-1", "Іван", "Петренко", pair[0], "M", "", "", ""),
						person("news-2", "Ivan", "Petrenko", pair[1], "", "", "", ""))))
			.isEmpty();
	}

	/* The pairs of a probe file whose field is neither the same nor the same concept. */
	private static List<String> failures(String resource, int field, Function<String[], PairExplanation> explain)
			throws IOException {
		List<String> failures = new ArrayList<>();
		for (String[] pair : pairs(resource)) {
			ComparisonLevel level = explain.apply(pair).fields().get(field).level();
			if (level != ComparisonLevel.EXACT && level != ComparisonLevel.SAME_CONCEPT) {
				failures.add(pair[0] + " | " + pair[1] + ": " + level);
			}
		}
		return failures;
	}

	private static PairExplanation explain(InputRecord a, InputRecord b) {
		return ENGINE.explain(ENGINE.prepare(a), ENGINE.prepare(b));
	}

	private static List<String[]> pairs(String resource) throws IOException {
		List<String[]> pairs = new ArrayList<>();
		try (InputStream in = CrossScriptProbeTest.class.getResourceAsStream(resource)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					pairs.add(line.split("\\|", -1));
				}
			}
		}
		assertThat(pairs).hasSizeGreaterThan(50);
		return pairs;
	}

}
