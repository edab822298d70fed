package org.homeward.votes;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Required majorities count members present and voting: yes and no, never abstentions.
 */
class VotesMajorityTest {

	@Test
	void twoThirdsOfMembersPresentAndVotingIgnoresAbstentions() {
		Tally tally = new Tally(91, 12, 57, 33);
		assertThat(tally.presentAndVoting()).isEqualTo(103);
		assertThat(Majority.TWO_THIRDS.requiredYes(tally)).isEqualTo(69);
		assertThat(Majority.TWO_THIRDS.reachedBy(tally)).isTrue();
	}

	@Test
	void exactlyTwoThirdsIsEnoughAndOneLessIsNot() {
		assertThat(Majority.TWO_THIRDS.reachedBy(new Tally(10, 5, 100, 0))).isTrue();
		assertThat(Majority.TWO_THIRDS.reachedBy(new Tally(9, 5, 0, 0))).isFalse();
		assertThat(Majority.TWO_THIRDS.requiredYes(new Tally(9, 5, 0, 0))).isEqualTo(10);
		assertThat(Majority.TWO_THIRDS.reachedBy(new Tally(60, 31, 90, 12))).isFalse();
		assertThat(Majority.SIMPLE.reachedBy(new Tally(60, 31, 90, 12))).isTrue();
	}

	@Test
	void simpleMajorityNeedsMoreYesThanNo() {
		assertThat(Majority.SIMPLE.reachedBy(new Tally(50, 50, 90, 3))).isFalse();
		assertThat(Majority.SIMPLE.reachedBy(new Tally(51, 50, 90, 2))).isTrue();
		assertThat(Majority.SIMPLE.reachedBy(new Tally(1, 0, 192, 0))).isTrue();
	}

	@Test
	void nobodyVotingCarriesNothing() {
		assertThat(Majority.SIMPLE.reachedBy(new Tally(0, 0, 150, 43))).isFalse();
		assertThat(Majority.TWO_THIRDS.reachedBy(new Tally(0, 0, 150, 43))).isFalse();
	}

	@Test
	void readsMajoritiesAndVotesAsFilesWriteThem() {
		assertThat(Majority.parse("two-thirds")).isEqualTo(Majority.TWO_THIRDS);
		assertThat(Majority.parse("2/3")).isEqualTo(Majority.TWO_THIRDS);
		assertThat(Majority.parse("Simple")).isEqualTo(Majority.SIMPLE);
		assertThat(List.of("Y", "yes", "N", "no", "A", "abstain", "X", "NV", "", "non-voting")).map(Vote::parse)
			.map(v -> v.orElseThrow())
			.containsExactly(Vote.YES, Vote.YES, Vote.NO, Vote.NO, Vote.ABSTAIN, Vote.ABSTAIN, Vote.NON_VOTING,
					Vote.NON_VOTING, Vote.NON_VOTING, Vote.NON_VOTING);
		assertThat(Vote.parse("maybe")).isEmpty();
	}

}
