package org.homeward.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildStatusTest {

	@Test
	void movesForwardWithoutReason() {
		assertThatCode(() -> ChildStatus.DEPORTED.checkTransition(ChildStatus.LOCATED, "")).doesNotThrowAnyException();
		assertThatCode(() -> ChildStatus.RETURN_IN_PROGRESS.checkTransition(ChildStatus.RETURNED, ""))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesReturnedToDeportedWithoutReason() {
		assertThatThrownBy(() -> ChildStatus.RETURNED.checkTransition(ChildStatus.DEPORTED, "  "))
			.isInstanceOf(IllegalStatusTransitionException.class)
			.hasMessageContaining("RETURNED")
			.hasMessageContaining("DEPORTED")
			.hasMessageContaining("reason");
	}

	@Test
	void allowsReturnedToDeportedWithReason() {
		assertThatCode(() -> ChildStatus.RETURNED.checkTransition(ChildStatus.DEPORTED, "taken again in 2025"))
			.doesNotThrowAnyException();
	}

	@Test
	void reintegrationFollowsOnlyReturn() {
		assertThatThrownBy(() -> ChildStatus.LOCATED.checkTransition(ChildStatus.REINTEGRATED, "because"))
			.isInstanceOf(IllegalStatusTransitionException.class);
	}

	@ParameterizedTest
	@EnumSource(value = ChildStatus.class, names = { "CLOSED", "DECEASED" }, mode = EnumSource.Mode.EXCLUDE)
	void deceasedChildCanOnlyBeClosed(ChildStatus target) {
		assertThatThrownBy(() -> ChildStatus.DECEASED.checkTransition(target, "a reason"))
			.isInstanceOf(IllegalStatusTransitionException.class);
	}

	@Test
	void closingNeedsReason() {
		assertThatThrownBy(() -> ChildStatus.LOCATED.checkTransition(ChildStatus.CLOSED, ""))
			.isInstanceOf(IllegalStatusTransitionException.class);
		assertThatCode(() -> ChildStatus.LOCATED.checkTransition(ChildStatus.CLOSED, "duplicate of HW-000002"))
			.doesNotThrowAnyException();
	}

	@ParameterizedTest
	@EnumSource(ChildStatus.class)
	void refusesStayingInPlace(ChildStatus status) {
		assertThatThrownBy(() -> status.checkTransition(status, "reason"))
			.isInstanceOf(IllegalStatusTransitionException.class);
	}

}
