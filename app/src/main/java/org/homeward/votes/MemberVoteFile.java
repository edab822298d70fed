package org.homeward.votes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code member,vote} file for one resolution whose details are given apart. The
 * header row is optional: when the first row does not name the columns, the first column
 * is the member and the second the vote.
 */
final class MemberVoteFile {

	private static final Set<String> MEMBER_HEADERS = Set.of("member", "member state", "country", "state", "name",
			"code", "ms_name", "ms_code");

	private MemberVoteFile() {
	}

	/**
	 * Reads the file's votes into one ballot box.
	 * @param csv the parsed file
	 * @param details the resolution's details
	 * @param members the member directory
	 * @param problems where problems go
	 * @return the ballot box
	 */
	static BallotBox read(VoteCsv csv, ResolutionDetails details, MemberDirectory members,
			List<ImportProblem> problems) {
		BallotBox box = new BallotBox(details, 0);
		List<String> header = csv.header();
		boolean named = header.size() >= 2 && MEMBER_HEADERS.contains(header.get(0).toLowerCase(Locale.ROOT));
		String memberColumn = named ? header.get(0) : "member";
		String voteColumn = named ? header.get(1) : "vote";
		if (!header.isEmpty() && !named) {
			read(new VoteCsv.Row(1, header), box, memberColumn, voteColumn, csv.file(), members, problems);
		}
		csv.rows().forEach(row -> read(row, box, memberColumn, voteColumn, csv.file(), members, problems));
		if (header.isEmpty() || (named && csv.rows().isEmpty())) {
			problems.add(new ImportProblem(csv.file(), 0, "", "the file has no votes"));
		}
		return box;
	}

	private static void read(VoteCsv.Row row, BallotBox box, String memberColumn, String voteColumn, String file,
			MemberDirectory members, List<ImportProblem> problems) {
		if (row.blank()) {
			return;
		}
		if (row.cells().size() < 2) {
			problems.add(new ImportProblem(file, row.line(), voteColumn, "no vote: a row is member,vote"));
			return;
		}
		String name = row.cells().get(0);
		String text = row.cells().get(1);
		Optional<MemberState> member = members.find(name);
		Optional<Vote> vote = Vote.parse(text);
		if (member.isEmpty()) {
			problems.add(new ImportProblem(file, row.line(), memberColumn, unknown(name)));
		}
		if (vote.isEmpty()) {
			problems.add(new ImportProblem(file, row.line(), voteColumn, unreadable(text)));
		}
		if (member.isPresent() && vote.isPresent()) {
			box.cast(member.get(), vote.get(), name, row.line(), memberColumn, file, problems);
		}
	}

	static String unknown(String name) {
		return name.isBlank() ? "no member state named"
				: "unknown member state '" + name + "': not a code or a known name of a UN member state";
	}

	static String unreadable(String vote) {
		return "unreadable vote '" + vote + "': use Y, N, A, X (or NV, or blank) or yes, no, abstain, non-voting";
	}

}
