package org.homeward.matching;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.HomewardApplication;
import org.homeward.linkage.evaluation.AssignmentFile;
import org.homeward.linkage.evaluation.InputFileException;
import org.homeward.linkage.evaluation.PairwiseScore;
import org.homeward.matching.LinkingAction.Outcome;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./homeward relink [--wait] [--truth truth.csv] [--actor=NAME]}: re-runs matching
 * over every child and mention on the database the application uses (also while it runs),
 * with a progress bar on standard error, and prints what changed. An interrupted re-link
 * resumes where it stopped; while another linking job runs, the command refuses (or, with
 * {@code --wait}, waits for it). With {@code --truth} (the {@code truth.csv} of
 * {@code ./homeward generate}) it also prints the pairwise precision, recall and F1 of
 * the mentions' clustering. Any {@code --name=value} is passed to Spring. Exit status 0
 * when done, 1 when refused or failed, 2 for wrong arguments.
 */
public final class RelinkCommand {

	private RelinkCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Arguments arguments = Arguments.parse(args);
		if (arguments == null) {
			err.println("Usage: homeward relink [--wait] [--truth truth.csv] [--data DIR]");
			return 2;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HomewardApplication.class)
			.web(WebApplicationType.NONE)
			.run(arguments.spring().toArray(String[]::new))) {
			return relinkAndReport(context, arguments, out, err);
		}
		catch (IllegalStateException ex) {
			err.println("relink refused: " + ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			err.println("relink: " + ex.getMessage());
			return 2;
		}
	}

	private static int relinkAndReport(ConfigurableApplicationContext context, Arguments arguments, PrintStream out,
			PrintStream err) throws IOException {
		/* A malformed truth file is reported before the re-link, not after it. */
		@Nullable Map<String, String> truth = (arguments.truth() != null) ? readTruth(arguments.truth()) : null;
		LinkingJobs jobs = context.getBean(LinkingJobs.class);
		LinkingJob job = relink(jobs, arguments.actor(), arguments.waitForOthers(), err);
		report(job, jobs.summary(job.id()), out);
		if (truth != null) {
			PairwiseScore score = context.getBean(MentionClusters.class).score(truth);
			out.printf(Locale.ROOT, "mentions measured: %d  precision %.4f  recall %.4f  F1 %.4f%n", score.records(),
					score.precision(), score.recall(), score.f1());
		}
		return (job.state() == LinkingJob.State.DONE) ? 0 : 1;
	}

	/**
	 * The command's arguments.
	 *
	 * @param spring the arguments passed to Spring
	 * @param actor who re-links
	 * @param truth the {@code truth.csv} to measure the clustering against, or null
	 * @param waitForOthers whether to wait while another job runs
	 */
	private record Arguments(List<String> spring, String actor, @Nullable Path truth, boolean waitForOthers) {

		/** The arguments, or null when one is wrong. */
		static @Nullable Arguments parse(String[] args) {
			List<String> spring = new ArrayList<>(List.of("--homeward.operator=true", "--spring.main.banner-mode=off",
					"--logging.level.root=WARN", "--spring.main.log-startup-info=false"));
			String actor = "operator:" + System.getProperty("user.name", "unknown");
			@Nullable Path truth = null;
			boolean wait = false;
			for (int i = 0; i < args.length; i++) {
				if (args[i].equals("--truth") && i + 1 < args.length) {
					truth = Path.of(args[++i]);
				}
				else if (args[i].equals("--wait")) {
					wait = true;
				}
				else if (args[i].startsWith("--actor=")) {
					actor = args[i].substring("--actor=".length());
				}
				else if (args[i].startsWith("--") && args[i].contains("=")) {
					spring.add(args[i]);
				}
				else {
					return null;
				}
			}
			return new Arguments(spring, actor, truth, wait);
		}

	}

	/** Re-links; with {@code wait}, first waits while another job runs. */
	private static LinkingJob relink(LinkingJobs jobs, String actor, boolean wait, PrintStream err) {
		boolean told = false;
		while (true) {
			try {
				return jobs.relinkNow(actor, new TerminalProgress(err));
			}
			catch (IllegalStateException ex) {
				if (!wait || !ex.getMessage().contains("is running")) {
					throw ex;
				}
				if (!told) {
					err.println("relink: waiting: " + ex.getMessage());
					told = true;
				}
				sleep();
			}
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting", ex);
		}
	}

	private static void report(LinkingJob job, Map<Outcome, Integer> summary, PrintStream out) {
		out.printf(Locale.ROOT, "linking job %d %s%s%n", job.id(), job.state(),
				(job.message() != null) ? ": " + job.message() : "");
		summary.forEach((outcome, count) -> out.printf(Locale.ROOT, "  %-10s %d%n",
				outcome.name().toLowerCase(Locale.ROOT), count));
		out.println("What changed: /admin/linking/" + job.id() + " (CSV: /admin/linking/" + job.id() + "/changes.csv)");
	}

	/**
	 * Reads a {@code truth.csv} as {@code ./homeward evaluate} does.
	 * @throws IOException naming file, line and column when it cannot be read or is
	 * malformed
	 */
	static Map<String, String> readTruth(Path file) throws IOException {
		try {
			return AssignmentFile.read(file, AssignmentFile.ENTITY_COLUMNS, (id) -> null);
		}
		catch (InputFileException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	/**
	 * The relink's progress on standard error.
	 */
	static final class TerminalProgress implements LinkingProgress {

		private final PrintStream err;

		private final ProgressBar bar;

		TerminalProgress(PrintStream err) {
			this(err, ProgressBar.canRedraw());
		}

		TerminalProgress(PrintStream err, boolean redraw) {
			this.err = err;
			this.bar = new ProgressBar(err, "relink", "actions", redraw);
		}

		@Override
		public void planning(LinkingJob job) {
			this.err.println("relink: job " + job.id() + ", running the engine over every child and mention...");
		}

		@Override
		public void applied(int done, int total) {
			this.bar.update(done, total);
		}

	}

}
