package org.homeward.votes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.HomewardApplication;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./homeward import votes FILE [options]}: imports a voting file into the database
 * the application uses (the same {@code homeward.data} and {@code HOMEWARD_DB_*}
 * settings), without starting the web server, prints a report and exits.
 * <p>
 * Arguments:
 * <ul>
 * <li>{@code FILE} — the CSV file (UTF-8), required.</li>
 * <li>{@code --format=UN_DIGITAL_LIBRARY|MEMBER_VOTE} — how to read it; by default
 * detected from the header ({@code ms_vote} or {@code ms_votes} means the UN Digital
 * Library's format).</li>
 * <li>{@code --majority=simple|two-thirds} — the majority the resolutions need; default
 * {@code simple}.</li>
 * <li>For a {@code member,vote} file, the resolution: {@code --symbol=A/RES/...} and
 * {@code --title=...} and {@code --date=YYYY-MM-DD} (required), {@code --time=HH:MM} (New
 * York), {@code --draft=...}, {@code --session=...}, {@code --meeting=...},
 * {@code --source=...}, and the stated totals {@code --yes=N --no=N --abstain=N}, which
 * the file's votes must match.</li>
 * <li>{@code --actor=NAME} — who imports, recorded with the resolution; default
 * {@code cli}.</li>
 * <li>Any other {@code --name=value} is passed to Spring as a property, for example
 * {@code --homeward.data=/srv/homeward}.</li>
 * </ul>
 * Exit status: 0 when imported (or already recorded unchanged), 1 when the file is
 * refused (every problem is printed with its line and column; nothing is stored), 2 for
 * wrong arguments or an unreadable file.
 */
public final class VotesImportCommand {

	private static final String[] OPTIONS = { "format", "majority", "symbol", "title", "date", "time", "draft",
			"session", "meeting", "source", "yes", "no", "abstain", "actor" };

	private VotesImportCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Runs the command.
	 * @param args the arguments described above
	 * @param out where the report goes
	 * @param err where problems go
	 * @return the exit status
	 */
	static int run(String[] args, PrintStream out, PrintStream err) {
		Arguments arguments = Arguments.parse(args, err);
		if (arguments == null) {
			return 2;
		}
		VoteImport request = request(arguments, err);
		if (request == null) {
			return 2;
		}
		/*
		 * Lazy: only the beans an import needs are created, so the web-only configuration
		 * (security filter chains) is never asked for its HttpSecurity. The member-state
		 * loader is eager on its own account.
		 */
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HomewardApplication.class)
			.web(WebApplicationType.NONE)
			.lazyInitialization(true)
			.logStartupInfo(false)
			.run(arguments.springArgs().toArray(String[]::new))) {
			return report(context.getBean(GeneralAssemblyVotes.class), request,
					arguments.options().getOrDefault("actor", "cli"), out, err);
		}
	}

	/**
	 * Reads the file into an import request; null when it cannot, the problem printed.
	 */
	private static @Nullable VoteImport request(Arguments arguments, PrintStream err) {
		try {
			Path path = Path.of(arguments.file());
			return options(arguments.options()).toImport(path.getFileName().toString(),
					Files.readString(path, StandardCharsets.UTF_8));
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println(arguments.file() + ": " + ex.getMessage());
			return null;
		}
	}

	/**
	 * The command's arguments.
	 *
	 * @param options the command's own options by name
	 * @param springArgs the arguments passed to Spring
	 * @param file the file to import
	 */
	private record Arguments(Map<String, String> options, List<String> springArgs, String file) {

		/** The arguments, or null when they are wrong, the problem printed. */
		static @Nullable Arguments parse(String[] args, PrintStream err) {
			Map<String, String> options = new HashMap<>();
			List<String> springArgs = new ArrayList<>();
			@Nullable String file = null;
			for (String arg : args) {
				if (arg.startsWith("--") && arg.contains("=")) {
					String name = arg.substring(2, arg.indexOf('='));
					if (Arrays.asList(OPTIONS).contains(name)) {
						options.put(name, arg.substring(arg.indexOf('=') + 1));
					}
					else {
						springArgs.add(arg);
					}
				}
				else if (file == null) {
					file = arg;
				}
				else {
					err.println("Only one file at a time: " + arg);
					return null;
				}
			}
			if (file == null) {
				err.println("Usage: homeward import votes FILE [--format=..] [--majority=simple|two-thirds] "
						+ "[--symbol=.. --title=.. --date=YYYY-MM-DD] [--time=HH:MM] [--yes=N --no=N --abstain=N]");
				return null;
			}
			return new Arguments(options, springArgs, file);
		}

	}

	private static int report(GeneralAssemblyVotes votes, VoteImport request, String actor, PrintStream out,
			PrintStream err) {
		try {
			ImportReport report = votes.importVotes(request, actor);
			for (ImportReport.ImportedResolution r : report.resolutions()) {
				Tally t = r.tally();
				out.printf("%s: yes %d, no %d, abstain %d, non-voting %d, %s%s (id %d)%n", r.symbol(), t.yes(), t.no(),
						t.abstain(), t.nonVoting(), r.adopted() ? "adopted" : "not adopted",
						r.unchanged() ? ", already recorded: unchanged" : "", r.id());
			}
			report.notes().forEach(out::println);
			return 0;
		}
		catch (VoteImportRejectedException ex) {
			err.println(request.fileName() + " refused, nothing stored: " + ex.problems().size() + " problem(s)");
			ex.problems().forEach(p -> err.println("  " + p));
			return 1;
		}
	}

	private static ImportOptions options(Map<String, String> o) {
		return new ImportOptions(o.get("format"), o.get("majority"), o.get("symbol"), o.get("draft"), o.get("title"),
				o.get("session"), o.get("meeting"), o.get("date"), o.get("time"), o.get("source"), number(o, "yes"),
				number(o, "no"), number(o, "abstain"));
	}

	private static @Nullable Integer number(Map<String, String> o, String name) {
		try {
			return o.containsKey(name) ? Integer.valueOf(o.get(name).strip()) : null;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a number, not '" + o.get(name) + "'");
		}
	}

}
