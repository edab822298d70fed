package org.homeward.matching;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A linking job as stored: what it links, where it stands and who asked for it.
 *
 * @param id the job's id
 * @param kind {@link Kind#IMPORT} (an import's mentions) or {@link Kind#RELINK}
 * (everything)
 * @param state where it stands
 * @param total the actions of its plan (0 until planned)
 * @param done the actions applied so far: the checkpoint
 * @param unchanged mentions already linked that the job left as they were
 * @param requestedBy who asked (a user, or {@code import of source N})
 * @param requestedAt when
 * @param startedAt when it started, or null while queued
 * @param plannedAt when its plan was made, or null
 * @param finishedAt when it ended, or null
 * @param message why it failed, or null
 */
record LinkingJob(long id, Kind kind, State state, int total, int done, int unchanged, String requestedBy,
		Instant requestedAt, @Nullable Instant startedAt, @Nullable Instant plannedAt, @Nullable Instant finishedAt,
		@Nullable String message) {

	LinkingJob {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(state, "state");
		if (done < 0 || done > total) {
			throw new IllegalArgumentException("done must lie between 0 and total");
		}
	}

	/**
	 * How far the job is, in percent: 0 while planning, 100 when done.
	 * @return 0 to 100
	 */
	public int percent() {
		if (this.state == State.DONE) {
			return 100;
		}
		return (this.total == 0) ? 0 : (int) (100L * this.done / this.total);
	}

	public boolean finished() {
		return this.state == State.DONE || this.state == State.FAILED;
	}

	/** What a job links. */
	enum Kind {

		IMPORT, RELINK

	}

	/** Where a job stands. */
	enum State {

		QUEUED, RUNNING, DONE, FAILED

	}

}
