package org.homeward.votes;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The votes of one resolution as a file states them, one per member: a second vote by the
 * same member (under any spelling) is a problem, never an overwrite.
 */
final class BallotBox {

	private final ResolutionDetails details;

	private final long firstLine;

	private final Map<String, Ballot> ballots = new LinkedHashMap<>();

	BallotBox(ResolutionDetails details, long firstLine) {
		this.details = details;
		this.firstLine = firstLine;
	}

	ResolutionDetails details() {
		return this.details;
	}

	/** The line of the resolution's first row, or 0 when the details were given apart. */
	long firstLine() {
		return this.firstLine;
	}

	/**
	 * Records a member's vote, or a problem when the member already voted.
	 * @param member the member
	 * @param vote its vote
	 * @param spelling how the file names the member
	 * @param line the row's line
	 * @param column the member's column, for the problem
	 * @param file the file's name, for the problem
	 * @param problems where a problem goes
	 */
	void cast(MemberState member, Vote vote, String spelling, long line, String column, String file,
			List<ImportProblem> problems) {
		Ballot earlier = this.ballots.get(member.code());
		if (earlier == null) {
			this.ballots.put(member.code(), new Ballot(vote, line, spelling));
			return;
		}
		String who = member.gaName() + " (" + member.code() + ")";
		String reason = (earlier.vote() == vote)
				? "duplicate row: " + who + " already voted " + vote.letter() + " on line " + earlier.line() + " as '"
						+ earlier.spelling() + "'"
				: who + " votes twice: " + earlier.vote().letter() + " on line " + earlier.line() + " as '"
						+ earlier.spelling() + "', " + vote.letter() + " here";
		problems.add(new ImportProblem(file, line, column, reason + " (resolution " + this.details.symbol() + ")"));
	}

	/** Votes by member code, in file order. */
	Map<String, Vote> votes() {
		Map<String, Vote> votes = new LinkedHashMap<>();
		this.ballots.forEach((code, ballot) -> votes.put(code, ballot.vote()));
		return votes;
	}

	Tally tally() {
		Collection<Vote> votes = votes().values();
		return Tally.of(votes);
	}

	private record Ballot(Vote vote, long line, String spelling) {

	}

}
