package org.homeward.linkage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SingleThreadRandomTest {

	@ParameterizedTest
	@ValueSource(longs = { 0, 1, 42, -7, Long.MAX_VALUE, 0x5DEECE66DL })
	void drawsWhatRandomDrawsFromTheSameSeed(long seed) {
		Random expected = new Random(seed);
		Random actual = new SingleThreadRandom(seed);
		for (int i = 0; i < 10_000; i++) {
			int bound = 1 + (i % 5000) * 7;
			assertThat(actual.nextInt(bound)).isEqualTo(expected.nextInt(bound));
			assertThat(actual.nextInt(1 << (i % 31))).isEqualTo(expected.nextInt(1 << (i % 31)));
			assertThat(actual.nextLong()).isEqualTo(expected.nextLong());
			assertThat(actual.nextDouble()).isEqualTo(expected.nextDouble());
		}
		List<Integer> shuffled = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
		List<Integer> reference = new ArrayList<>(shuffled);
		Collections.shuffle(shuffled, actual);
		Collections.shuffle(reference, expected);
		assertThat(shuffled).isEqualTo(reference);
		actual.setSeed(seed + 1);
		expected.setSeed(seed + 1);
		assertThat(actual.nextInt()).isEqualTo(expected.nextInt());
	}

}
