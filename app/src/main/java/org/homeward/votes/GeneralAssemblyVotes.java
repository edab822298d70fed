package org.homeward.votes;

import java.util.List;
import java.util.Optional;

/**
 * General Assembly resolutions and their recorded votes. Reads are public facts; an
 * import is one transaction that stores a whole file or nothing.
 */
public interface GeneralAssemblyVotes {

	/**
	 * The 193 member states in board order (alphabetical by the Assembly's names).
	 * @return the member states
	 */
	List<MemberState> memberStates();

	/**
	 * Finds a member state by alpha-2 or alpha-3 code or by any Assembly, common,
	 * official or former name, ignoring case, accents and punctuation.
	 * @param nameOrCode for example {@code RUS}, {@code ru}, {@code Russia},
	 * {@code Russian Federation}
	 * @return the member state, or empty
	 */
	Optional<MemberState> findMemberState(String nameOrCode);

	/**
	 * The recorded resolutions, newest vote first.
	 * @return resolutions with their totals
	 */
	List<Resolution> resolutions();

	/**
	 * A resolution's voting board.
	 * @param resolutionId the resolution's id
	 * @return the board
	 * @throws VotesNotFoundException when there is no such resolution
	 */
	VotingBoard board(long resolutionId);

	/**
	 * A member state's votes across all recorded resolutions.
	 * @param nameOrCode the member's code or any of its names
	 * @return the history, newest first
	 * @throws VotesNotFoundException when no member state has this code or name
	 */
	MemberVotingHistory memberHistory(String nameOrCode);

	/**
	 * Two resolutions side by side.
	 * @param first the first resolution's id
	 * @param second the second resolution's id
	 * @return each member's votes on both
	 * @throws VotesNotFoundException when either does not exist
	 */
	ResolutionComparison compare(long first, long second);

	/**
	 * Imports a voting file. A resolution already stored with exactly the same votes is
	 * left as it is (reported unchanged); one stored with other votes is refused.
	 * @param file the file and how to read it
	 * @param actor who imports it
	 * @return what was stored
	 * @throws VoteImportRejectedException when anything in the file is wrong: unknown
	 * members, a member voting twice, unreadable votes, totals that disagree with the
	 * stated totals, a resolution already stored with other votes; nothing is stored then
	 */
	ImportReport importVotes(VoteImport file, String actor);

}
