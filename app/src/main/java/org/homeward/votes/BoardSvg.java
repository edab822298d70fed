package org.homeward.votes;

import java.util.Locale;

/**
 * Writes the voting board as a standalone SVG document (valid XML), from
 * {@link BoardLayout}.
 * <p>
 * Styling is done with presentation attributes, not a {@code <style>} element: the
 * application's Content-Security-Policy ({@code style-src 'self'}) also covers the SVG
 * when a browser opens it from the server, and would drop an embedded style sheet.
 * Without font metrics, a name's width is estimated from its length; a name estimated too
 * wide for its cell gets a smaller font, never a stretched one.
 */
final class BoardSvg {

	static final String ATTRIBUTION = "Member-state names: mledoze/countries (ODbL 1.0). Letters: Y yes, N no, "
			+ "A abstain, X non-voting, – no record.";

	private static final double CHAR_WIDTH = 0.5;

	private static final int NAME_SIZE = 15;

	private BoardSvg() {
	}

	static String render(BoardLayout layout) {
		StringBuilder svg = new StringBuilder(64 * 1024);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1920\" height=\"1080\" ")
			.append("viewBox=\"0 0 1920 1080\" role=\"img\" aria-labelledby=\"board-title\" ")
			.append("font-family=\"'Noto Sans', 'DejaVu Sans', Arial, sans-serif\">\n")
			.append("<title id=\"board-title\">")
			.append(escape(layout.heading()))
			.append("</title>\n")
			.append("<rect width=\"1920\" height=\"1080\" fill=\"#0f213b\"/>\n");
		text(svg, "font-size=\"30\" font-weight=\"700\" fill=\"#ffffff\"", 58, clip(layout.heading(), 110));
		text(svg, "font-size=\"20\" fill=\"#d7dde8\"", 100, layout.when());
		text(svg, "font-size=\"22\" font-weight=\"600\" fill=\"#ffd700\"", 144, layout.totals());
		layout.seats().forEach(seat -> seat(svg, seat));
		text(svg, "font-size=\"12\" fill=\"#aab3c2\"", 1072, ATTRIBUTION);
		return svg.append("</svg>\n").toString();
	}

	private static void seat(StringBuilder svg, BoardLayout.Seat seat) {
		RecordedVote vote = seat.vote();
		BoardLayout.Colours colours = BoardLayout.Colours.of(vote);
		double baseline = seat.y() + seat.height() / 2 + 5;
		String name = vote.member().gaName();
		double estimate = name.length() * CHAR_WIDTH * NAME_SIZE;
		double size = (estimate > seat.nameWidth()) ? Math.max(9, NAME_SIZE * seat.nameWidth() / estimate) : NAME_SIZE;
		svg.append("<g class=\"seat ")
			.append(vote.cssClass())
			.append("\" data-code=\"")
			.append(vote.member().code())
			.append("\">")
			.append(rect(seat.x(), seat.y(), seat.width(), seat.height(), colours.fill()))
			.append(rect(seat.x() + 3, seat.y() + 3, BoardLayout.LETTER_WIDTH, seat.height() - 6, "#ffffff"))
			.append("<text font-size=\"15\" font-weight=\"700\" text-anchor=\"middle\" fill=\"#1d2430\" x=\"")
			.append(num(seat.x() + 3 + BoardLayout.LETTER_WIDTH / 2.0))
			.append("\" y=\"")
			.append(num(baseline))
			.append("\">")
			.append(escape(vote.letter()))
			.append("</text><text font-size=\"")
			.append(num(size))
			.append("\" fill=\"")
			.append(colours.ink())
			.append("\" x=\"")
			.append(num(seat.x() + BoardLayout.LETTER_WIDTH + 8))
			.append("\" y=\"")
			.append(num(baseline))
			.append("\">")
			.append(escape(name))
			.append("</text></g>\n");
	}

	private static String rect(double x, double y, double w, double h, String fill) {
		return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h)
				+ "\" rx=\"3\" fill=\"" + fill + "\"/>";
	}

	private static void text(StringBuilder svg, String attributes, double y, String text) {
		svg.append("<text ")
			.append(attributes)
			.append(" x=\"")
			.append(BoardLayout.MARGIN)
			.append("\" y=\"")
			.append(num(y))
			.append("\">")
			.append(escape(text))
			.append("</text>\n");
	}

	static String clip(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1).stripTrailing() + "…";
	}

	private static String num(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
