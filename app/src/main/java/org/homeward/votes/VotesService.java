package org.homeward.votes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The General Assembly votes, backed by {@link JdbcVotesRepository}.
 */
@Service
class VotesService implements GeneralAssemblyVotes {

	private final JdbcVotesRepository repository;

	private final Clock clock;

	VotesService(JdbcVotesRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	public List<MemberState> memberStates() {
		return this.repository.memberStates();
	}

	@Override
	public Optional<MemberState> findMemberState(String nameOrCode) {
		return directory().find(nameOrCode);
	}

	@Override
	public List<Resolution> resolutions() {
		return this.repository.resolutions();
	}

	@Override
	public VotingBoard board(long resolutionId) {
		Resolution resolution = resolution(resolutionId);
		Map<String, Vote> votes = this.repository.votes(resolutionId);
		return new VotingBoard(resolution,
				memberStates().stream().map(m -> new RecordedVote(m, votes.get(m.code()))).toList());
	}

	@Override
	public MemberVotingHistory memberHistory(String nameOrCode) {
		MemberState member = findMemberState(nameOrCode)
			.orElseThrow(() -> new VotesNotFoundException("No UN member state is called " + nameOrCode));
		Map<Long, Vote> votes = this.repository.votesOf(member.code());
		return new MemberVotingHistory(member,
				resolutions().stream().map(r -> new MemberVotingHistory.Entry(r, votes.get(r.id()))).toList());
	}

	@Override
	public ResolutionComparison compare(long first, long second) {
		Resolution a = resolution(first);
		Resolution b = resolution(second);
		Map<String, Vote> votesA = this.repository.votes(first);
		Map<String, Vote> votesB = this.repository.votes(second);
		return new ResolutionComparison(a, b,
				memberStates().stream()
					.map(m -> new ResolutionComparison.Row(m, votesA.get(m.code()), votesB.get(m.code())))
					.toList());
	}

	@Override
	@Transactional
	public ImportReport importVotes(VoteImport file, String actor) {
		MemberDirectory members = directory();
		List<ImportProblem> problems = new ArrayList<>();
		VoteCsv csv;
		try {
			csv = VoteCsv.parse(file.fileName(), file.content());
		}
		catch (IllegalArgumentException ex) {
			throw new VoteImportRejectedException(List.of(new ImportProblem(file.fileName(), 0, "", ex.getMessage())));
		}
		List<BallotBox> boxes = (file.format() == VoteFileFormat.UN_DIGITAL_LIBRARY)
				? UnDigitalLibraryFile.read(csv, file.majority(), members, problems)
				: List.of(MemberVoteFile.read(csv, Objects.requireNonNull(file.details()), members, problems));
		boxes.forEach(box -> checkTotals(box, file.fileName(), problems));
		List<Optional<Long>> existing = boxes.stream().map(box -> stored(box, file.fileName(), problems)).toList();
		if (!problems.isEmpty()) {
			throw new VoteImportRejectedException(problems);
		}
		List<ImportReport.ImportedResolution> imported = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (int i = 0; i < boxes.size(); i++) {
			imported.add(store(boxes.get(i), existing.get(i), actor));
			notes.addAll(absentees(boxes.get(i), members));
		}
		return new ImportReport(file.fileName(), imported, notes);
	}

	private ImportReport.ImportedResolution store(BallotBox box, Optional<Long> existing, String actor) {
		ResolutionDetails d = box.details();
		long id = existing.orElseGet(() -> {
			long created = this.repository.insertResolution(d, this.clock.instant(), actor);
			this.repository.insertVotes(created, box.votes());
			return created;
		});
		return new ImportReport.ImportedResolution(id, d.symbol(), box.tally(), d.majority().reachedBy(box.tally()),
				existing.isPresent());
	}

	/*
	 * The Assembly announces yes, no and abstentions; those are always checked. Members
	 * not voting are checked only when the source states a number for them.
	 */
	private static void checkTotals(BallotBox box, String file, List<ImportProblem> problems) {
		Tally stated = box.details().statedTotals();
		if (stated == null) {
			return;
		}
		Tally counted = box.tally();
		String[] columns = { "total_yes", "total_no", "total_abstentions", "total_non_voting" };
		Vote[] kinds = Vote.values();
		for (int i = 0; i < kinds.length; i++) {
			boolean checked = kinds[i] != Vote.NON_VOTING || stated.nonVoting() > 0;
			if (checked && stated.of(kinds[i]) != counted.of(kinds[i])) {
				String column = (box.firstLine() > 0) ? columns[i]
						: "stated " + kinds[i].name().toLowerCase(Locale.ROOT);
				problems.add(new ImportProblem(file, box.firstLine(), column,
						"resolution " + box.details().symbol() + " states " + stated.of(kinds[i]) + " "
								+ kinds[i].name() + " but the file has " + counted.of(kinds[i])));
			}
		}
	}

	private Optional<Long> stored(BallotBox box, String file, List<ImportProblem> problems) {
		Optional<Long> id = this.repository.findResolutionId(box.details().symbol());
		if (id.isPresent() && !this.repository.votes(id.get()).equals(box.votes())) {
			problems.add(new ImportProblem(file, box.firstLine(), "resolution", "resolution " + box.details().symbol()
					+ " is already recorded with other votes; it is not replaced"));
		}
		return id;
	}

	private static List<String> absentees(BallotBox box, MemberDirectory members) {
		List<String> missing = members.members()
			.stream()
			.filter(m -> !box.votes().containsKey(m.code()))
			.map(MemberState::gaName)
			.toList();
		return missing.isEmpty() ? List.of()
				: List.of(box.details().symbol() + ": " + missing.size() + " member state(s) have no vote in the file "
						+ "and are shown without a record: " + String.join(", ", missing));
	}

	private Resolution resolution(long id) {
		return this.repository.resolution(id)
			.orElseThrow(() -> new VotesNotFoundException("No resolution with id " + id));
	}

	private MemberDirectory directory() {
		return MemberDirectory.of(this.repository.memberStates(), this.repository.aliases());
	}

}
