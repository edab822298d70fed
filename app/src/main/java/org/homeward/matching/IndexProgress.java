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
		ProgressBar bar = new ProgressBar(err, "Indexing", "children", redraw);
		return new IndexProgress() {

			@Override
			public void update(long done, long total) {
				bar.update(done, total);
			}

			@Override
			public void done(long total) {
				err.printf("Indexed %,d children%n", total);
			}

		};
	}

}
