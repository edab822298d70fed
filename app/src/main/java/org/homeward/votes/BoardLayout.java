package org.homeward.votes;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where everything sits on a 1920 × 1080 image of the voting board: a header with the
 * resolution, the time of the vote and the totals, then the members in columns, read top
 * to bottom and left to right like the Assembly's board. The SVG and the PNG draw this
 * same layout.
 *
 * @param board the board
 * @param heading the first header line: symbol and title
 * @param when the second header line: date and time of the vote
 * @param totals the third header line: totals, majority and outcome
 * @param seats each member's cell
 */
record BoardLayout(VotingBoard board, String heading, String when, String totals, List<Seat> seats) {

	static final int WIDTH = 1920;

	static final int HEIGHT = 1080;

	static final int COLUMNS = 7;

	static final int MARGIN = 24;

	static final int GAP = 6;

	static final int TOP = 176;

	static final int LETTER_WIDTH = 26;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	static BoardLayout of(VotingBoard board) {
		Resolution r = board.resolution();
		String when = "Recorded vote, " + r.date().format(DATE)
				+ ((r.time() != null) ? ", " + r.time() + " (New York)" : "")
				+ ((r.session() != null) ? " · session " + r.session() : "")
				+ ((r.meeting() != null) ? ", meeting " + r.meeting() : "") + (r.synthetic() ? " · SYNTHETIC" : "");
		Tally t = r.tally();
		String totals = "Yes " + t.yes() + " · No " + t.no() + " · Abstain " + t.abstain() + " · Non-voting "
				+ t.nonVoting() + " — " + (r.majority() == Majority.TWO_THIRDS ? "Two-thirds" : "Simple")
				+ " majority: " + r.requiredYes() + " yes needed — " + (r.adopted() ? "ADOPTED" : "NOT ADOPTED");
		String heading = r.symbol() + " — " + r.title();
		return new BoardLayout(board, heading, when, totals, seats(board.seats()));
	}

	static int rows(int seats) {
		return Math.max(1, (seats + COLUMNS - 1) / COLUMNS);
	}

	private static List<Seat> seats(List<RecordedVote> votes) {
		int rows = rows(votes.size());
		double width = (WIDTH - 2.0 * MARGIN - (COLUMNS - 1) * GAP) / COLUMNS;
		double height = (HEIGHT - TOP - MARGIN - (rows - 1) * 2.0) / rows;
		List<Seat> seats = new ArrayList<>();
		for (int i = 0; i < votes.size(); i++) {
			int column = i / rows;
			int row = i % rows;
			seats.add(new Seat(votes.get(i), MARGIN + column * (width + GAP), TOP + row * (height + 2), width, height));
		}
		return seats;
	}

	/**
	 * One member's cell.
	 *
	 * @param vote the member and its vote
	 * @param x left edge
	 * @param y top edge
	 * @param width width
	 * @param height height
	 */
	record Seat(RecordedVote vote, double x, double y, double width, double height) {

		/** Room for the name, right of the letter. */
		double nameWidth() {
			return this.width - LETTER_WIDTH - 10;
		}

	}

	/**
	 * The fill, the text colour and the letter's colour of a seat.
	 *
	 * @param fill the cell's colour
	 * @param ink the name's colour
	 */
	record Colours(String fill, String ink) {

		static Colours of(RecordedVote vote) {
			if (vote.vote() == null) {
				return new Colours("#f1f2f4", "#6b7280");
			}
			return switch (vote.vote()) {
				case YES -> new Colours("#1e7b34", "#ffffff");
				case NO -> new Colours("#b71c1c", "#ffffff");
				case ABSTAIN -> new Colours("#f6c700", "#1d2430");
				case NON_VOTING -> new Colours("#c9ced6", "#1d2430");
			};
		}

	}

}
