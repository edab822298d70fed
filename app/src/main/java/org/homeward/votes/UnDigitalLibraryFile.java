package org.homeward.votes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads the UN Digital Library's voting data: one row per member per resolution, columns
 * found by name. Both generations of the format are accepted: {@code ms_vote} or
 * {@code ms_votes}, and {@code X}, {@code NV} or blank for a member that did not vote.
 * The member is found by {@code ms_code} and, failing that, by {@code ms_name}.
 */
final class UnDigitalLibraryFile {

	private static final String[] TOTALS = { "total_yes", "total_no", "total_abstentions", "total_non_voting" };

	private UnDigitalLibraryFile() {
	}

	/**
	 * Reads every resolution of the file.
	 * @param csv the parsed file
	 * @param majority the majority the file's resolutions need
	 * @param members the member directory
	 * @param problems where problems go
	 * @return one ballot box per resolution, in file order
	 */
	static List<BallotBox> read(VoteCsv csv, Majority majority, MemberDirectory members, List<ImportProblem> problems) {
		Optional<String> voteColumn = csv.column("ms_vote", "ms_votes");
		List<String> missing = missingColumns(csv, voteColumn);
		if (!missing.isEmpty()) {
			missing.forEach(m -> problems.add(new ImportProblem(csv.file(), 1, m, "missing column " + m)));
			return List.of();
		}
		Map<String, BallotBox> boxes = new LinkedHashMap<>();
		Set<String> refused = new HashSet<>();
		for (VoteCsv.Row row : csv.rows()) {
			if (row.blank()) {
				continue;
			}
			String symbol = csv.cell(row, "resolution");
			if (symbol.isBlank()) {
				problems.add(new ImportProblem(csv.file(), row.line(), "resolution", "no resolution symbol"));
				continue;
			}
			BallotBox box = boxOf(csv, row, symbol, majority, boxes, refused, problems);
			cast(csv, row, box, voteColumn.get(), members, problems);
		}
		if (boxes.isEmpty() && refused.isEmpty()) {
			problems.add(new ImportProblem(csv.file(), 0, "", "the file has no votes"));
		}
		return List.copyOf(boxes.values());
	}

	private static List<String> missingColumns(VoteCsv csv, Optional<String> voteColumn) {
		Optional<String> memberColumn = csv.column("ms_code", "ms_name");
		List<String> missing = new ArrayList<>();
		voteColumn.ifPresentOrElse(c -> {
		}, () -> missing.add("ms_vote (or ms_votes)"));
		memberColumn.ifPresentOrElse(c -> {
		}, () -> missing.add("ms_code or ms_name"));
		for (String required : List.of("resolution", "date", "title")) {
			csv.column(required).ifPresentOrElse(c -> {
			}, () -> missing.add(required));
		}
		return missing;
	}

	/*
	 * The ballot box of a resolution, opened at its first row; null once that row was
	 * refused, so that the resolution's later rows are still checked but not counted.
	 */
	private static @Nullable BallotBox boxOf(VoteCsv csv, VoteCsv.Row row, String symbol, Majority majority,
			Map<String, BallotBox> boxes, Set<String> refused, List<ImportProblem> problems) {
		BallotBox box = boxes.get(symbol);
		if (box == null && !refused.contains(symbol)) {
			box = open(csv, row, symbol, majority, problems);
			if (box == null) {
				refused.add(symbol);
			}
			else {
				boxes.put(symbol, box);
			}
		}
		return box;
	}

	private static void cast(VoteCsv csv, VoteCsv.Row row, @Nullable BallotBox box, String voteColumn,
			MemberDirectory members, List<ImportProblem> problems) {
		String code = csv.cell(row, "ms_code");
		String name = csv.cell(row, "ms_name");
		Optional<MemberState> member = code.isBlank() ? Optional.empty() : members.find(code);
		String column = member.isPresent() ? "ms_code" : (name.isBlank() ? "ms_code" : "ms_name");
		if (member.isPresent() && !name.isBlank()) {
			Optional<MemberState> named = members.find(name);
			if (named.isPresent() && !named.get().equals(member.get())) {
				problems.add(new ImportProblem(csv.file(), row.line(), "ms_name", "'" + name + "' is "
						+ named.get().code() + " but ms_code " + code + " is " + member.get().gaName()));
				return;
			}
		}
		if (member.isEmpty() && !name.isBlank()) {
			member = members.find(name);
		}
		String spelling = name.isBlank() ? code : name;
		String text = csv.cell(row, voteColumn);
		Optional<Vote> vote = Vote.parse(text);
		if (member.isEmpty()) {
			problems.add(new ImportProblem(csv.file(), row.line(), column, MemberVoteFile.unknown(spelling)));
		}
		if (vote.isEmpty()) {
			problems.add(new ImportProblem(csv.file(), row.line(), voteColumn, MemberVoteFile.unreadable(text)));
		}
		if (box != null && member.isPresent() && vote.isPresent()) {
			box.cast(member.get(), vote.get(), spelling, row.line(), column, csv.file(), problems);
		}
	}

	private static @Nullable BallotBox open(VoteCsv csv, VoteCsv.Row row, String symbol, Majority majority,
			List<ImportProblem> problems) {
		String dateText = csv.cell(row, "date");
		LocalDateTime when = dateTime(dateText, csv.cell(row, "time"));
		if (when == null) {
			problems.add(new ImportProblem(csv.file(), row.line(), "date",
					"unreadable date '" + dateText + "' (or time): use YYYY-MM-DD and HH:MM"));
			return null;
		}
		Tally stated = statedTotals(csv, row, problems);
		String link = csv.cell(row, "undl_link");
		String source = link.isBlank() ? "UN Digital Library voting data, " + csv.file() : link;
		try {
			LocalTime time = when.toLocalTime().equals(LocalTime.MIDNIGHT) ? null : when.toLocalTime();
			ResolutionDetails details = new ResolutionDetails(symbol, csv.cell(row, "draft"), csv.cell(row, "title"),
					csv.cell(row, "session"), csv.cell(row, "meeting"), when.toLocalDate(), time, majority, source,
					stated);
			return new BallotBox(details, row.line());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new ImportProblem(csv.file(), row.line(), "resolution", ex.getMessage()));
			return null;
		}
	}

	private static @Nullable Tally statedTotals(VoteCsv csv, VoteCsv.Row row, List<ImportProblem> problems) {
		if (csv.column(TOTALS).isEmpty()) {
			return null;
		}
		int[] totals = new int[TOTALS.length];
		for (int i = 0; i < TOTALS.length; i++) {
			String text = csv.cell(row, TOTALS[i]);
			try {
				totals[i] = text.isBlank() ? 0 : Integer.parseInt(text);
			}
			catch (NumberFormatException ex) {
				problems.add(new ImportProblem(csv.file(), row.line(), TOTALS[i], "not a number: '" + text + "'"));
				return null;
			}
		}
		return new Tally(totals[0], totals[1], totals[2], totals[3]);
	}

	/**
	 * A date, with the time from its own text or from a time column; null if unreadable.
	 */
	static @Nullable LocalDateTime dateTime(String date, String time) {
		try {
			String text = date.strip().replace(' ', 'T');
			LocalDateTime when = text.contains("T") ? LocalDateTime.parse(text) : LocalDate.parse(text).atStartOfDay();
			return time.isBlank() ? when : when.toLocalDate().atTime(LocalTime.parse(time.strip()));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
