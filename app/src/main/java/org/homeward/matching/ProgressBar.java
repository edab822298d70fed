package org.homeward.matching;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar for the operator commands ({@code reindex}, {@code relink}) on standard
 * error: redrawn in place on a terminal; on a dumb terminal, a pipe or a log file, which
 * cannot take a carriage return, one line per tenth of the way.
 */
final class ProgressBar {

	private static final int WIDTH = 30;

	private final PrintStream err;

	private final String label;

	private final String unit;

	private final boolean redraw;

	private int shown = -1;

	private boolean ended;

	ProgressBar(PrintStream err, String label, String unit, boolean redraw) {
		this.err = err;
		this.label = label;
		this.unit = unit;
		this.redraw = redraw;
	}

	/**
	 * Whether standard error is a terminal that can redraw a line.
	 * @return whether to redraw
	 */
	static boolean canRedraw() {
		String term = System.getenv("TERM");
		return System.console() != null && term != null && !term.isBlank() && !"dumb".equals(term);
	}

	/**
	 * Shows how far the work got, when that changed what is shown.
	 * @param done units done
	 * @param total units in all
	 */
	void update(long done, long total) {
		int percent = (total <= 0) ? 100 : (int) (100L * done / total);
		int step = this.redraw ? percent : percent / 10 * 10;
		boolean end = done >= total;
		if (step == this.shown && (!end || this.ended)) {
			return;
		}
		this.shown = step;
		this.ended = end;
		if (this.redraw) {
			int filled = percent * WIDTH / 100;
			this.err.printf(Locale.ROOT, "\r%s [%s%s] %3d%% %,d of %,d %s", this.label, "#".repeat(filled),
					".".repeat(WIDTH - filled), percent, done, total, this.unit);
			if (end) {
				this.err.println();
			}
		}
		else {
			this.err.printf(Locale.ROOT, "%s: %d%% (%,d of %,d %s)%n", this.label, step, done, total, this.unit);
		}
		this.err.flush();
	}

}
