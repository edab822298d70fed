package org.homeward.votes;

import java.util.Collection;

/**
 * The totals of a recorded vote.
 *
 * @param yes votes in favour
 * @param no votes against
 * @param abstain abstentions
 * @param nonVoting members recorded as not voting
 */
public record Tally(int yes, int no, int abstain, int nonVoting) {

	public Tally {
		if (yes < 0 || no < 0 || abstain < 0 || nonVoting < 0) {
			throw new IllegalArgumentException("a total cannot be negative");
		}
	}

	/**
	 * Counts votes.
	 * @param votes one vote per member
	 * @return the totals
	 */
	public static Tally of(Collection<Vote> votes) {
		int[] counts = new int[Vote.values().length];
		votes.forEach(v -> counts[v.ordinal()]++);
		return new Tally(counts[0], counts[1], counts[2], counts[3]);
	}

	/**
	 * Members present and voting: those who voted yes or no. Abstentions do not count as
	 * voting (rule 86 of the Assembly's rules of procedure).
	 * @return yes plus no
	 */
	public int presentAndVoting() {
		return this.yes + this.no;
	}

	/**
	 * Every member with a recorded vote, including those who did not vote.
	 * @return the sum of all four totals
	 */
	public int recorded() {
		return this.yes + this.no + this.abstain + this.nonVoting;
	}

	/**
	 * The total for one kind of vote.
	 * @param vote the kind
	 * @return how many members voted so
	 */
	public int of(Vote vote) {
		return switch (vote) {
			case YES -> this.yes;
			case NO -> this.no;
			case ABSTAIN -> this.abstain;
			case NON_VOTING -> this.nonVoting;
		};
	}

}
