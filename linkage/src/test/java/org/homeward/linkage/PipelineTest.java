package org.homeward.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link Parallel#pipeline}, which prepares records on all threads and interns them in
 * input order.
 */
class PipelineTest {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 8 })
	void finishesEveryIndexOnceInOrderAndStartsEachOnce(int threads) {
		int count = 20_000;
		AtomicIntegerArray starts = new AtomicIntegerArray(count);
		List<Integer> finished = new ArrayList<>();
		Parallel.pipeline(count, threads, (i) -> {
			starts.incrementAndGet(i);
			return "value " + i;
		}, (value, i) -> {
			assertThat(value).isEqualTo("value " + i);
			finished.add(i);
		});
		assertThat(finished).hasSize(count);
		for (int i = 0; i < count; i++) {
			assertThat(finished.get(i)).isEqualTo(i);
			assertThat(starts.get(i)).as("starts of %d", i).isEqualTo(1);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 4 })
	void aFailedStartFailsWhereItsIndexIsFinishedNotEarlier(int threads) {
		List<Integer> finished = new ArrayList<>();
		assertThatIllegalStateException().isThrownBy(() -> Parallel.pipeline(5_000, threads, (i) -> {
			if (i == 3_000) {
				throw new IllegalStateException("start " + i);
			}
			return i;
		}, (value, i) -> finished.add(value))).withMessage("start 3000");
		assertThat(finished).hasSize(3_000).endsWith(2_999);
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 4 })
	void aFailedFinishStopsTheHelpersAndFlies(int threads) {
		assertThatIllegalStateException().isThrownBy(() -> Parallel.pipeline(50_000, threads, (i) -> i, (value, i) -> {
			if (i == 700) {
				throw new IllegalStateException("finish " + i);
			}
		})).withMessage("finish 700");
		assertThat(Thread.getAllStackTraces().keySet())
			.noneMatch((thread) -> thread.getName().startsWith("homeward-pipeline-"));
	}

}
