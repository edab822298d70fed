package org.homeward.votes;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One member state's seat on the board of one resolution.
 *
 * @param member the member state
 * @param vote its vote, or null when the record has none for it (not yet a member, or
 * left out of the imported file)
 */
public record RecordedVote(MemberState member, @Nullable Vote vote) {

	/**
	 * The letter on the board: the vote's letter, or an en dash without a record.
	 * @return one character
	 */
	public String letter() {
		return (this.vote != null) ? this.vote.letter() : "–";
	}

	/**
	 * The CSS and SVG class of the seat.
	 * @return {@code vote-yes}, {@code vote-no}, {@code vote-abstain},
	 * {@code vote-non-voting} or {@code vote-none}
	 */
	public String cssClass() {
		return (this.vote != null) ? "vote-" + this.vote.name().toLowerCase(Locale.ROOT).replace('_', '-')
				: "vote-none";
	}

}
