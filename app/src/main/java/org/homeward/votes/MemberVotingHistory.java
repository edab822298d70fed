package org.homeward.votes;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How one member state voted across the recorded resolutions.
 *
 * @param member the member state
 * @param votes one entry per resolution, newest first
 */
public record MemberVotingHistory(MemberState member, List<Entry> votes) {

	public MemberVotingHistory {
		votes = List.copyOf(votes);
	}

	/**
	 * The member's vote on one resolution.
	 *
	 * @param resolution the resolution
	 * @param vote the vote, or null without a record
	 */
	public record Entry(Resolution resolution, @Nullable Vote vote) {

		/**
		 * Whether the member voted with the outcome: yes on an adopted resolution or no
		 * on a rejected one.
		 * @return true when it did
		 */
		public boolean withOutcome() {
			return (this.vote == Vote.YES && this.resolution.adopted())
					|| (this.vote == Vote.NO && !this.resolution.adopted());
		}

	}

}
