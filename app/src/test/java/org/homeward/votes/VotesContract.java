package org.homeward.votes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the votes capability must do on every database it runs on. Subclasses choose the
 * database.
 */
abstract class VotesContract {

	@Autowired
	GeneralAssemblyVotes votes;

	@Autowired
	JdbcVotesRepository repository;

	@Autowired
	JdbcClient jdbc;

	@Test
	void memberStatesAreLoadedInBoardOrderAndReloadingWritesNothing() {
		assertThat(this.votes.memberStates()).hasSize(193)
			.first()
			.extracting(MemberState::gaName)
			.isEqualTo("Afghanistan");
		var rows = MemberStateLoader.read();
		assertThat(this.repository.syncMemberStates(rows, MemberStateLoader.aliases(rows))).isZero();
		assertThat(this.votes.findMemberState("RUSSIA")).get().extracting(MemberState::code).isEqualTo("RUS");
	}

	@Test
	void storesAFullRecordAndReadsItBackWithItsTotalsTimeAndMajority() {
		String symbol = VotesApiTest.symbol();
		Map<String, Vote> dealt = SyntheticVotes.deal(42, 60, 31, 90);
		ImportReport report = this.votes.importVotes(new VoteImport("full.csv",
				SyntheticVotes.unDigitalLibrary(symbol, dealt, "ms_votes").replace("2025-12-03", "2025-12-03 16:05"),
				VoteFileFormat.UN_DIGITAL_LIBRARY, Majority.TWO_THIRDS, null), "tester");
		long id = report.resolutions().get(0).id();
		VotingBoard board = this.votes.board(id);
		Resolution r = board.resolution();
		assertThat(r.tally()).isEqualTo(new Tally(60, 31, 90, 12));
		assertThat(r.time()).isEqualTo(LocalTime.of(16, 5));
		assertThat(r.date()).isEqualTo(LocalDate.of(2025, 12, 3));
		assertThat(r.draftSymbol()).isEqualTo("TEST/80/L.1");
		assertThat(r.adopted()).isFalse();
		assertThat(board.seats()).hasSize(193)
			.allSatisfy(seat -> assertThat(seat.vote()).isEqualTo(dealt.get(seat.member().code())));
		assertThat(this.votes.resolutions()).extracting(Resolution::symbol).contains(symbol);
	}

	@Test
	void aFileWithOneBadResolutionStoresNoneOfItsResolutions() {
		String good = VotesApiTest.symbol();
		String bad = VotesApiTest.symbol();
		String first = SyntheticVotes.unDigitalLibrary(good, SyntheticVotes.deal(1, 100, 20, 60), "ms_vote");
		String second = SyntheticVotes.unDigitalLibrary(bad, SyntheticVotes.deal(2, 100, 20, 60), "ms_vote")
			.replaceFirst("\"Albania\"", "\"Atlantis\"");
		String file = first + second.substring(second.indexOf('\n') + 1);
		assertThatThrownBy(() -> this.votes.importVotes(
				new VoteImport("two.csv", file, VoteFileFormat.UN_DIGITAL_LIBRARY, Majority.SIMPLE, null), "tester"))
			.isInstanceOfSatisfying(VoteImportRejectedException.class,
					ex -> assertThat(ex.problems()).singleElement().satisfies(p -> {
						assertThat(p.line()).isEqualTo(2 + 193 + 1);
						assertThat(p.reason()).contains("Atlantis");
					}));
		assertThat(this.jdbc.sql("select count(*) from resolution where symbol in (:a, :b)")
			.param("a", good)
			.param("b", bad)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void comparesTwoResolutionsAndFollowsOneMember() {
		long a = importSimple("member,vote\nUkraine,Y\nIndia,Y\nBrazil,N\n", LocalDate.of(2024, 1, 1));
		long b = importSimple("member,vote\nUkraine,Y\nIndia,A\nBrazil,A\n", LocalDate.of(2024, 1, 2));
		ResolutionComparison comparison = this.votes.compare(a, b);
		assertThat(comparison.moves()).containsOnlyKeys("Y → A", "N → A");
		assertThat(comparison.moves().get("Y → A")).extracting(MemberState::code).containsExactly("IND");
		MemberVotingHistory india = this.votes.memberHistory("India");
		assertThat(india.votes()).filteredOn(e -> e.resolution().id() == a || e.resolution().id() == b)
			.extracting(MemberVotingHistory.Entry::vote)
			.containsExactly(Vote.ABSTAIN, Vote.YES);
		assertThatThrownBy(() -> this.votes.board(Long.MAX_VALUE)).isInstanceOf(VotesNotFoundException.class);
	}

	private long importSimple(String csv, LocalDate date) {
		ResolutionDetails details = new ResolutionDetails(VotesApiTest.symbol(), null, "Synthetic", null, null, date,
				null, Majority.SIMPLE, null, null);
		return this.votes
			.importVotes(new VoteImport("s.csv", csv, VoteFileFormat.MEMBER_VOTE, Majority.SIMPLE, details), "tester")
			.resolutions()
			.get(0)
			.id();
	}

}
