package org.homeward.matching;

import java.io.PrintStream;

/**
 * Where a rebuild of the identity index reports how far it got.
 */
interface IndexProgress {

	/**
	 * Called as children are indexed.
	 * @param done children indexed so far
	 * @param total children to index
	 */
	void update(long done, long total);

	/**
	 * Called once at the end.
	 * @param total children indexed
	 */
	void done(long total);

	static IndexProgress silent() {
		return new IndexProgress() {
			@Override
			public void update(long done, long total) {
			}

			@Override
			public void done(long total) {
			}
		};
	}

	/**
	 * A progress bar redrawn in place on a terminal, or, where the terminal cannot move
	 * the cursor back (a dumb terminal, a pipe, a log file), one line per tenth.
	 * @param err where to draw, usually standard error
	 * @param redraw whether the terminal can redraw a line
	 * @return the progress bar
	 */
	static IndexProgress bar(PrintStream err, boolean redraw) {
		return new IndexProgress() {

			private int shown = -1;

			@Override
			public void update(long done, long total) {
				int percent = (int) (100 * done / Math.max(1, total));
				if (redraw && percent != this.shown) {
					int filled = percent * 30 / 100;
					err.printf("\rIndexing [%s%s] %3d%% %,d of %,d children", "#".repeat(filled),
							".".repeat(30 - filled), percent, done, total);
					err.flush();
				}
				else if (!redraw && Math.floorDiv(percent, 10) != Math.floorDiv(this.shown, 10)) {
					err.printf("Indexing: %d%% (%,d of %,d children)%n", percent, done, total);
				}
				this.shown = percent;
			}

			@Override
			public void done(long total) {
				err.printf(redraw ? "%nIndexed %,d children%n" : "Indexed %,d children%n", total);
			}
		};
	}

}
