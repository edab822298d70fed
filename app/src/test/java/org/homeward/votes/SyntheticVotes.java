package org.homeward.votes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic recorded votes for tests: real member states, generated votes, symbols that
 * start with {@code TEST/} so no one mistakes them for the Assembly's. Files name the
 * members in mixed spellings (Assembly, common or official name, codes, upper and lower
 * case, without accents) as real files do.
 */
final class SyntheticVotes {

	static final List<MemberState> MEMBERS = MemberStateLoader.read().stream().map(r -> r.state()).toList();

	private SyntheticVotes() {
	}

	/**
	 * Deals exactly the given totals to the 193 members, in a seeded random order.
	 * @param seed the seed
	 * @return votes by alpha-3 code, in board order
	 */
	static Map<String, Vote> deal(long seed, int yes, int no, int abstain) {
		List<Vote> votes = new ArrayList<>();
		add(votes, Vote.YES, yes);
		add(votes, Vote.NO, no);
		add(votes, Vote.ABSTAIN, abstain);
		add(votes, Vote.NON_VOTING, MEMBERS.size() - yes - no - abstain);
		Collections.shuffle(votes, new Random(seed));
		Map<String, Vote> dealt = new LinkedHashMap<>();
		for (int i = 0; i < MEMBERS.size(); i++) {
			dealt.put(MEMBERS.get(i).code(), votes.get(i));
		}
		return dealt;
	}

	/**
	 * A member's name as some file might spell it, varied by its position.
	 * @param member the member
	 * @param i its position
	 * @return a spelling
	 */
	static String spelling(MemberState member, int i) {
		return switch (i % 6) {
			case 0 -> member.gaName().toUpperCase(Locale.ROOT);
			case 1 -> member.commonName();
			case 2 -> member.officialName();
			case 3 -> Normalizer.normalize(member.gaName(), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT);
			case 4 -> member.iso2().toLowerCase(Locale.ROOT);
			default -> member.gaName().replace("'", "’");
		};
	}

	/**
	 * A UN Digital Library style file: one row per member, names in mixed spellings, no
	 * codes, a blank for members that did not vote.
	 * @param symbol the resolution's symbol
	 * @param votes votes by alpha-3 code
	 * @param voteColumn {@code ms_vote} or {@code ms_votes}
	 * @return the CSV text
	 */
	static String unDigitalLibrary(String symbol, Map<String, Vote> votes, String voteColumn) {
		StringBuilder csv = new StringBuilder(
				"undl_id,ms_code,ms_name," + voteColumn + ",date,session,resolution,draft,meeting,title\n");
		int i = 0;
		for (MemberState m : MEMBERS) {
			Vote vote = votes.get(m.code());
			String letter = (vote == Vote.NON_VOTING) ? ((i % 2 == 0) ? "" : "X") : vote.letter();
			csv.append("900001,,\"")
				.append(spelling(m, i).replace("\"", "\"\""))
				.append("\",")
				.append(letter)
				.append(",2025-12-03,80,")
				.append(symbol)
				.append(",TEST/80/L.1,61,\"Synthetic resolution, for tests\"\n");
			i++;
		}
		return csv.toString();
	}

	private static void add(List<Vote> votes, Vote vote, int count) {
		for (int i = 0; i < count; i++) {
			votes.add(vote);
		}
	}

}
