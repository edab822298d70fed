package org.homeward.votes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading voting files: both generations of the UN Digital Library format, member names
 * in any spelling, and problems named by line and column.
 */
class VoteFilesTest {

	static final MemberDirectory MEMBERS = MemberDirectory.of(SyntheticVotes.MEMBERS,
			MemberStateLoader.aliases(MemberStateLoader.read()));

	final List<ImportProblem> problems = new ArrayList<>();

	@Test
	void readsCurrentUnDigitalLibraryColumns() {
		String csv = """
				undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,meeting,title,total_yes,total_no,total_abstentions,total_non_voting
				1,UKR,UKRAINE,Y,2025-12-03,80,TEST/RES/1,TEST/80/L.1,61,Synthetic,1,1,1,1
				1,RUS,RUSSIAN FEDERATION,N,2025-12-03,80,TEST/RES/1,TEST/80/L.1,61,Synthetic,1,1,1,1
				1,IND,INDIA,A,2025-12-03,80,TEST/RES/1,TEST/80/L.1,61,Synthetic,1,1,1,1
				1,VEN,VENEZUELA (BOLIVARIAN REPUBLIC OF),,2025-12-03,80,TEST/RES/1,TEST/80/L.1,61,Synthetic,1,1,1,1
				""";
		List<BallotBox> boxes = read(csv);
		assertThat(this.problems).isEmpty();
		assertThat(boxes).hasSize(1);
		BallotBox box = boxes.get(0);
		assertThat(box.votes()).containsExactly(Map.entry("UKR", Vote.YES), Map.entry("RUS", Vote.NO),
				Map.entry("IND", Vote.ABSTAIN), Map.entry("VEN", Vote.NON_VOTING));
		assertThat(box.details().symbol()).isEqualTo("TEST/RES/1");
		assertThat(box.details().draftSymbol()).isEqualTo("TEST/80/L.1");
		assertThat(box.details().meeting()).isEqualTo("61");
		assertThat(box.details().date()).hasToString("2025-12-03");
		assertThat(box.details().statedTotals()).isEqualTo(new Tally(1, 1, 1, 1));
	}

	@Test
	void readsOlderFilesWithMsVotesAndNv() {
		String csv = """
				rcid,ms_name,ms_votes,date,resolution,title,session
				7,Turkey,NV,1999-11-24 10:30,TEST/RES/2,Older synthetic,54
				7,Swaziland,Y,1999-11-24 10:30,TEST/RES/2,Older synthetic,54
				7,The former Yugoslav Republic of Macedonia,A,1999-11-24 10:30,TEST/RES/2,Older synthetic,54
				""";
		List<BallotBox> boxes = read(csv);
		assertThat(this.problems).isEmpty();
		assertThat(boxes.get(0).votes()).containsExactly(Map.entry("TUR", Vote.NON_VOTING), Map.entry("SWZ", Vote.YES),
				Map.entry("MKD", Vote.ABSTAIN));
		assertThat(boxes.get(0).details().time()).hasToString("10:30");
	}

	@Test
	void matchesMixedSpellingsOfTheSameMember() {
		assertThat(List.of("Russia", "RUSSIAN FEDERATION", "rus", "RU", "russian  federation"))
			.allSatisfy(name -> assertThat(MEMBERS.find(name)).get().extracting(MemberState::code).isEqualTo("RUS"));
		assertThat(List.of("Côte d'Ivoire", "COTE D’IVOIRE", "Ivory Coast", "Republic of Côte d'Ivoire", "CI"))
			.allSatisfy(name -> assertThat(MEMBERS.find(name)).get().extracting(MemberState::code).isEqualTo("CIV"));
		assertThat(List.of("Türkiye", "TURKIYE", "Turkey", "Republic of Türkiye"))
			.allSatisfy(name -> assertThat(MEMBERS.find(name)).get().extracting(MemberState::code).isEqualTo("TUR"));
		assertThat(MEMBERS.find("Iran (Islamic Republic of)")).get().extracting(MemberState::code).isEqualTo("IRN");
		assertThat(MEMBERS.find("iran")).get().extracting(MemberState::code).isEqualTo("IRN");
		assertThat(MEMBERS.find("Democratic People's Republic of Korea")).get()
			.extracting(MemberState::code)
			.isEqualTo("PRK");
		assertThat(MEMBERS.find("Republic of Korea")).get().extracting(MemberState::code).isEqualTo("KOR");
		assertThat(MEMBERS.find("Congo")).get().extracting(MemberState::code).isEqualTo("COG");
		assertThat(MEMBERS.find("Democratic Republic of the Congo")).get()
			.extracting(MemberState::code)
			.isEqualTo("COD");
		assertThat(MEMBERS.find("Netherlands (Kingdom of the)")).get().extracting(MemberState::code).isEqualTo("NLD");
		assertThat(MEMBERS.find("The Gambia")).get().extracting(MemberState::code).isEqualTo("GMB");
		assertThat(MEMBERS.find("Viet Nam")).get().extracting(MemberState::code).isEqualTo("VNM");
		assertThat(MEMBERS.find("Narnia")).isEmpty();
		assertThat(MEMBERS.find("Palestine")).isEmpty();
	}

	@Test
	void memberVotingTwiceUnderTwoSpellingsIsRefusedNamingBothLines() {
		String csv = "member,vote\nUkraine,Y\nRussia,N\nIndia,A\nRussian Federation,Y\n";
		MemberVoteFile.read(VoteCsv.parse("twice.csv", csv), details(), MEMBERS, this.problems);
		assertThat(this.problems).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(5);
			assertThat(p.column()).isEqualTo("member");
			assertThat(p.reason()).contains("Russian Federation (RUS) votes twice")
				.contains("line 3")
				.contains("'Russia'");
		});
	}

	@Test
	void duplicateRowIsRefused() {
		String csv = "member,vote\nUkraine,Y\nukraine,Y\n";
		MemberVoteFile.read(VoteCsv.parse("dup.csv", csv), details(), MEMBERS, this.problems);
		assertThat(this.problems).singleElement()
			.satisfies(p -> assertThat(p.reason()).startsWith("duplicate row").contains("line 2"));
	}

	@Test
	void unknownMemberAndUnreadableVoteAreNamedByLineAndColumnPastBlankLinesAndQuotedBreaks() {
		String csv = "ms_code,ms_name,ms_vote,date,resolution,title\n"
				+ ",Ukraine,Y,2025-12-03,TEST/RES/3,\"A title\nover two lines\"\n\n\n"
				+ ",Narnia,Y,2025-12-03,TEST/RES/3,\"A title\nover two lines\"\n"
				+ ",Poland,Maybe,2025-12-03,TEST/RES/3,\"A title\nover two lines\"\n";
		read(csv);
		assertThat(this.problems).hasSize(2);
		assertThat(this.problems.get(0)).satisfies(p -> {
			assertThat(p.file()).isEqualTo("votes.csv");
			assertThat(p.line()).isEqualTo(6);
			assertThat(p.column()).isEqualTo("ms_name");
			assertThat(p.reason()).contains("unknown member state 'Narnia'");
		});
		assertThat(this.problems.get(1)).satisfies(p -> {
			assertThat(p.line()).isEqualTo(8);
			assertThat(p.column()).isEqualTo("ms_vote");
			assertThat(p.reason()).contains("'Maybe'");
		});
	}

	@Test
	void codeAndNameThatNameDifferentMembersAreRefused() {
		String csv = "ms_code,ms_name,ms_vote,date,resolution,title\nUKR,RUSSIAN FEDERATION,Y,2025-12-03,T/1,T\n";
		read(csv);
		assertThat(this.problems).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("ms_name"));
	}

	@Test
	void missingColumnsAreNamed() {
		read("ms_name,vote,date\nUkraine,Y,2025-12-03\n");
		assertThat(this.problems).extracting(ImportProblem::column)
			.containsExactly("ms_vote (or ms_votes)", "resolution", "title");
		assertThat(this.problems).allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
	}

	@Test
	void memberVoteFileMayOmitItsHeader() {
		BallotBox box = MemberVoteFile.read(VoteCsv.parse("bare.csv", "UA,yes\nRU,no\nIN,abstain\nVE,non-voting\n"),
				details(), MEMBERS, this.problems);
		assertThat(this.problems).isEmpty();
		assertThat(box.tally()).isEqualTo(new Tally(1, 1, 1, 1));
	}

	@Test
	void formatIsDetectedFromTheHeader() {
		assertThat(VoteFileFormat.detect("ms_code,ms_name,ms_votes\n")).isEqualTo(VoteFileFormat.UN_DIGITAL_LIBRARY);
		assertThat(VoteFileFormat.detect("member,vote\n")).isEqualTo(VoteFileFormat.MEMBER_VOTE);
	}

	private List<BallotBox> read(String csv) {
		return UnDigitalLibraryFile.read(VoteCsv.parse("votes.csv", csv), Majority.TWO_THIRDS, MEMBERS, this.problems);
	}

	private static ResolutionDetails details() {
		return new ResolutionDetails("TEST/RES/9", null, "Synthetic", null, null, java.time.LocalDate.of(2025, 12, 3),
				null, Majority.SIMPLE, null, null);
	}

}
