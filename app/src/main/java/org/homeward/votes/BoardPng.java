package org.homeward.votes;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Draws the voting board as a 1920 × 1080 PNG with Java2D, from the same
 * {@link BoardLayout} as the SVG. Names too long for their cell are set in a smaller font
 * until they fit.
 */
final class BoardPng {

	private static final String FAMILY = "Noto Sans";

	private BoardPng() {
	}

	static byte[] render(BoardLayout layout) {
		BufferedImage image = new BufferedImage(BoardLayout.WIDTH, BoardLayout.HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.decode("#0f213b"));
			g.fillRect(0, 0, BoardLayout.WIDTH, BoardLayout.HEIGHT);
			text(g, new Font(FAMILY, Font.BOLD, 30), "#ffffff", BoardSvg.clip(layout.heading(), 110), 58);
			text(g, new Font(FAMILY, Font.PLAIN, 20), "#d7dde8", layout.when(), 100);
			text(g, new Font(FAMILY, Font.BOLD, 22), "#ffd700", layout.totals(), 144);
			layout.seats().forEach(seat -> seat(g, seat));
			text(g, new Font(FAMILY, Font.PLAIN, 12), "#aab3c2", BoardSvg.ATTRIBUTION, 1072);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream(256 * 1024);
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private static void seat(Graphics2D g, BoardLayout.Seat seat) {
		RecordedVote vote = seat.vote();
		BoardLayout.Colours colours = BoardLayout.Colours.of(vote);
		g.setColor(Color.decode(colours.fill()));
		g.fill(new RoundRectangle2D.Double(seat.x(), seat.y(), seat.width(), seat.height(), 6, 6));
		g.setColor(Color.WHITE);
		g.fill(new RoundRectangle2D.Double(seat.x() + 3, seat.y() + 3, BoardLayout.LETTER_WIDTH, seat.height() - 6, 6,
				6));
		float baseline = (float) (seat.y() + seat.height() / 2 + 5);
		Font letter = new Font(FAMILY, Font.BOLD, 15);
		g.setFont(letter);
		g.setColor(Color.decode("#1d2430"));
		int letterWidth = g.getFontMetrics().stringWidth(vote.letter());
		g.drawString(vote.letter(), (float) (seat.x() + 3 + (BoardLayout.LETTER_WIDTH - letterWidth) / 2.0), baseline);
		String name = vote.member().gaName();
		Font font = new Font(FAMILY, Font.PLAIN, 15);
		FontMetrics metrics = g.getFontMetrics(font);
		while (metrics.stringWidth(name) > seat.nameWidth() && font.getSize2D() > 9) {
			font = font.deriveFont(font.getSize2D() - 0.5f);
			metrics = g.getFontMetrics(font);
		}
		g.setFont(font);
		g.setColor(Color.decode(colours.ink()));
		g.drawString(name, (float) (seat.x() + BoardLayout.LETTER_WIDTH + 8), baseline);
	}

	private static void text(Graphics2D g, Font font, String colour, String text, float y) {
		g.setFont(font);
		g.setColor(Color.decode(colour));
		g.drawString(text, BoardLayout.MARGIN, y);
	}

}
