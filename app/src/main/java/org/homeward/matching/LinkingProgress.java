package org.homeward.matching;

/**
 * Hears how a linking job advances: for the terminal's progress bar.
 */
interface LinkingProgress {

	/** Hears nothing. */
	LinkingProgress NONE = new LinkingProgress() {
	};

	/**
	 * The engine is planning the job.
	 * @param job the job
	 */
	default void planning(LinkingJob job) {
	}

	/**
	 * Another action was applied.
	 * @param done actions applied
	 * @param total actions planned
	 */
	default void applied(int done, int total) {
	}

}
