package org.homeward.votes;

import java.util.Locale;
import java.util.Optional;

/**
 * How a member state voted on a resolution in a recorded vote.
 */
public enum Vote {

	/** In favour: green on the board. */
	YES('Y'),
	/** Against: red on the board. */
	NO('N'),
	/** Abstention: yellow on the board; does not count as voting. */
	ABSTAIN('A'),
	/** Present or not, the member did not vote: grey on the board. */
	NON_VOTING('X');

	private final char letter;

	Vote(char letter) {
		this.letter = letter;
	}

	/**
	 * The letter shown beside the colour, so that the board reads without colour vision.
	 * @return {@code Y}, {@code N}, {@code A} or {@code X}
	 */
	public String letter() {
		return String.valueOf(this.letter);
	}

	/**
	 * Reads a vote as voting files write it: the UN Digital Library's {@code Y},
	 * {@code N}, {@code A}, {@code X}, {@code NV} or blank (did not vote), or the words
	 * {@code yes}, {@code no}, {@code abstain}, {@code abstention}, {@code non-voting},
	 * {@code absent}, in any case.
	 * @param text the cell's text
	 * @return the vote, or empty when the text is none of these
	 */
	public static Optional<Vote> parse(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
		return Optional.ofNullable(switch (value) {
			case "y", "yes", "in-favour", "in-favor", "for" -> YES;
			case "n", "no", "against" -> NO;
			case "a", "abstain", "abstention", "abstained" -> ABSTAIN;
			case "", "x", "nv", "non-voting", "not-voting", "did-not-vote", "absent" -> NON_VOTING;
			default -> null;
		});
	}

}
