package org.homeward.matching;

import java.io.IOException;
import java.io.PrintStream;

import org.homeward.HomewardApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./homeward reindex [--data DIR]}: rebuilds the persisted identity index from the
 * registry and writes it to {@code DATA/index/identities.idx}, with a progress bar on
 * standard error. Runs on the same database as {@code serve} (the data folder's H2 file
 * or the {@code HOMEWARD_DB_*} variables), whether or not the server runs; a running
 * server keeps its own index in memory and writes it again at its next flush. Exit code 0
 * on success, 1 on failure.
 */
public final class ReindexCommand {

	private ReindexCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err, ProgressBar.canRedraw()));
	}

	/**
	 * Runs the command.
	 * @param args Spring arguments ({@code --name=value}), if any
	 * @param out where the result goes
	 * @param err where progress and problems go
	 * @param redraw whether the progress bar may redraw its line
	 * @return the exit status
	 */
	static int run(String[] args, PrintStream out, PrintStream err, boolean redraw) {
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				err.println("Usage: ./homeward reindex [--data DIR]");
				return 2;
			}
		}
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = context(args)) {
			IdentityIndex index = context.getBean(IdentityIndex.class);
			int versions = index.reindex(IndexProgress.bar(err, redraw));
			out.printf("Indexed %,d identity versions in %,d ms; written to the data folder's index/identities.idx%n",
					versions, (System.nanoTime() - start) / 1_000_000);
			return 0;
		}
		catch (IOException | RuntimeException ex) {
			err.println("reindex failed: " + ex.getMessage());
			return 1;
		}
	}

	private static ConfigurableApplicationContext context(String[] args) {
		String[] all = new String[args.length + 5];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--homeward.operator=true";
		all[args.length + 1] = "--spring.main.banner-mode=off";
		all[args.length + 2] = "--logging.level.root=WARN";
		all[args.length + 3] = "--spring.main.log-startup-info=false";
		all[args.length + 4] = "--logging.level.org.flywaydb=ERROR";
		return new SpringApplicationBuilder(HomewardApplication.class).web(WebApplicationType.NONE).run(all);
	}

}
