package org.homeward.linkage;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class JaroWinklerBoundTest {

	@Property(tries = 5000)
	void upperBoundNeverUnderestimatesTheSimilarity(@ForAll("words") String a, @ForAll("words") String b) {
		char[] x = a.toCharArray();
		char[] y = b.toCharArray();
		assertThat(JaroWinkler.upperBound(x, y)).isGreaterThanOrEqualTo(JaroWinkler.similarity(x, y) - 1e-12);
	}

	@Property(tries = 2000)
	void memoisedLevelsEqualComputedLevels(@ForAll("words") String a, @ForAll("words") String b) {
		ScoringContext memo = new ScoringContext(1, true);
		ScoringContext plain = new ScoringContext(1, false);
		char[] x = a.toCharArray();
		char[] y = b.toCharArray();
		int expected = PairComparer.similarityLevel(JaroWinkler.similarity(x, y), 0.85);
		long mx = JaroWinkler.sketch(x);
		long my = JaroWinkler.sketch(y);
		assertThat(plain.similarityLevel(1, 2, x, mx, y, my, true)).isEqualTo(expected);
		assertThat(memo.similarityLevel(1, 2, x, mx, y, my, true)).isEqualTo(expected);
		assertThat(memo.similarityLevel(1, 2, x, mx, y, my, true)).isEqualTo(expected);
	}

	@Property(tries = 5000)
	void sketchBoundNeverUnderestimatesTheSimilarity(@ForAll("words") String a, @ForAll("words") String b) {
		char[] x = a.toCharArray();
		char[] y = b.toCharArray();
		double similarity = JaroWinkler.similarity(x, y);
		assertThat(JaroWinkler.sketchBound(JaroWinkler.sketch(x), JaroWinkler.sketch(y)))
			.isGreaterThanOrEqualTo(similarity - 1e-12);
	}

	@Property(tries = 3000)
	void sketchedOneEditTestAgreesWithThePlainOne(@ForAll("words") String a, @ForAll("words") String b,
			@ForAll("longWords") String c, @ForAll int position, @ForAll("edits") int edit) {
		for (String word : new String[] { a, c }) {
			String edited = edited(word, position, edit);
			for (String other : new String[] { edited, b }) {
				char[] x = word.toCharArray();
				char[] y = other.toCharArray();
				assertThat(JaroWinkler.withinOneEdit(x, JaroWinkler.sketch(x), y, JaroWinkler.sketch(y)))
					.isEqualTo(JaroWinkler.withinOneEdit(x, y));
			}
			assertThat(JaroWinkler.withinOneEdit(word.toCharArray(), edited.toCharArray())).isTrue();
		}
	}

	/* One insertion, deletion, substitution or swap of neighbours, at a position. */
	private static String edited(String word, int position, int edit) {
		int at = Math.floorMod(position, word.length() + 1);
		StringBuilder out = new StringBuilder(word);
		switch (edit) {
			case 0 -> out.insert(at, 'x');
			case 1 -> {
				if (at < word.length()) {
					out.deleteCharAt(at);
				}
			}
			case 2 -> {
				if (at < word.length()) {
					out.setCharAt(at, (char) (word.charAt(at) + 1));
				}
			}
			default -> {
				if (at + 1 < word.length()) {
					out.setCharAt(at, word.charAt(at + 1));
					out.setCharAt(at + 1, word.charAt(at));
				}
			}
		}
		return out.toString();
	}

	@Provide
	Arbitrary<Integer> edits() {
		return Arbitraries.integers().between(0, 3);
	}

	@Provide
	Arbitrary<String> longWords() {
		return Arbitraries.strings().withChars("0123456789abz").ofMinLength(55).ofMaxLength(75);
	}

	@Provide
	Arbitrary<String> words() {
		return Arbitraries.strings().withChars("abcdeiklmnorstuvyzабвгдеклмнорстуя").ofMinLength(0).ofMaxLength(20);
	}

}
