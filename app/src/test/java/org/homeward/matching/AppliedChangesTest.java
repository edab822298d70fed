package org.homeward.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppliedChangesTest {

	@Test
	void claimsAChangeOnlyOnceEveryEarlierOneArrived() {
		AppliedChanges applied = new AppliedChanges(10);
		applied.add(12);
		applied.add(13);
		assertThat(applied.upTo()).isEqualTo(10);
		applied.add(11);
		assertThat(applied.upTo()).isEqualTo(13);
		applied.add(9);
		applied.add(13);
		assertThat(applied.upTo()).isEqualTo(13);
	}

	@Test
	void staysBehindAChangeThatNeverArrives() {
		AppliedChanges applied = new AppliedChanges(0);
		applied.add(2);
		applied.add(3);
		assertThat(applied.upTo()).isZero();
	}

}
