package org.homeward.votes;

import java.util.List;

/**
 * A resolution as the Assembly's voting board shows it: every member state in
 * alphabetical order of the names the Assembly prints, each with its vote.
 *
 * @param resolution the resolution and its totals
 * @param seats one per member state, in board order
 */
public record VotingBoard(Resolution resolution, List<RecordedVote> seats) {

	public VotingBoard {
		seats = List.copyOf(seats);
	}

}
