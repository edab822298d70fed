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
		assertThat(plain.similarityLevel(1, 2, x, y, true)).isEqualTo(expected);
		assertThat(memo.similarityLevel(1, 2, x, y, true)).isEqualTo(expected);
		assertThat(memo.similarityLevel(1, 2, x, y, true)).isEqualTo(expected);
	}

	@Provide
	Arbitrary<String> words() {
		return Arbitraries.strings().withChars("abcdeiklmnorstuvyzабвгдеклмнорстуя").ofMinLength(0).ofMaxLength(20);
	}

}
