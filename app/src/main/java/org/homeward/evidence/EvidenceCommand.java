package org.homeward.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.homeward.HomewardApplication;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./homeward evidence export --source ID... --out package.zip} writes a court
 * package of the sources' captures (on the database and store the application uses:
 * {@code homeward.data} or the {@code HOMEWARD_DB_*} settings; any {@code --name=value}
 * is passed to Spring); {@code ./homeward evidence verify package.zip} checks a package
 * offline and prints {@code OK} or each failure, naming the file;
 * {@code ./homeward evidence import-mentions --source ID FILE [--skip-invalid]} imports a
 * mentions file (CSV, JSON Lines or XLSX) for a source, printing every rejected row with
 * its line and column.
 * <p>
 * {@code --actor=NAME} names who exports (default {@code operator:} and the system user).
 * Exit status: 0 when written or intact, 1 when a package fails verification or an export
 * is refused, 2 for wrong arguments.
 */
public final class EvidenceCommand {

	private static final String USAGE = "Usage: homeward evidence export --source ID [--source ID ...] --out FILE.zip"
			+ " | homeward evidence verify FILE.zip"
			+ " | homeward evidence import-mentions --source ID FILE.csv|.jsonl|.xlsx [--skip-invalid]";

	private EvidenceCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Runs the command.
	 * @param args {@code export ...} or {@code verify FILE}
	 * @param out where results go
	 * @param err where problems go
	 * @return the exit status
	 */
	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length >= 2 && args[0].equals("verify")) {
			return verify(Path.of(args[1]), out, err);
		}
		if (args.length >= 1 && args[0].equals("export")) {
			return export(args, out, err);
		}
		if (args.length >= 1 && args[0].equals("import-mentions")) {
			return importMentions(args, out, err);
		}
		err.println(USAGE);
		return 2;
	}

	private static int verify(Path file, PrintStream out, PrintStream err) {
		List<String> problems;
		try {
			problems = PackageVerifier.verify(file);
		}
		catch (IOException ex) {
			err.println(file + ": not a readable package (" + ex.getMessage() + ")");
			return 1;
		}
		if (problems.isEmpty()) {
			out.println("OK: " + file + " is intact: every file matches SHA256SUMS and manifest.json, "
					+ "every timestamp verifies");
			return 0;
		}
		problems.forEach(p -> out.println("FAILED " + p));
		out.println(file + ": " + problems.size() + " problem(s)");
		return 1;
	}

	private static int export(String[] args, PrintStream out, PrintStream err) {
		Arguments a = Arguments.parse(args, err);
		if (a == null || a.sources().isEmpty() || a.out() == null || !a.files().isEmpty()) {
			err.println(USAGE);
			return 2;
		}
		return write(a.sources(), a.out(), a.actor(), a.spring(), out, err);
	}

	private static int importMentions(String[] args, PrintStream out, PrintStream err) {
		Arguments a = Arguments.parse(args, err);
		if (a == null || a.sources().size() != 1 || a.files().size() != 1) {
			err.println(USAGE);
			return 2;
		}
		Path file = Path.of(a.files().get(0));
		MentionUpload upload;
		try {
			MentionUpload.checkSize(Files.size(file));
			upload = new MentionUpload(file.getFileName().toString(), Files.readAllBytes(file), a.skipInvalid());
			upload.format();
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println(file + ": " + ex.getMessage());
			return 2;
		}
		try (ConfigurableApplicationContext context = context(a.spring())) {
			MentionImportReport report = context.getBean(SourceMentions.class)
				.importMentions(a.sources().get(0), upload, a.actor());
			out.println(report.alreadyImported()
					? file + ": imported before (SHA-256 " + report.sha256() + "); nothing added"
					: file + ": " + report.imported() + " mention(s) imported");
			report.rejected().forEach(p -> out.println("  skipped " + p));
			return 0;
		}
		catch (MentionImportRejectedException ex) {
			err.println(file + " refused, nothing stored: " + ex.problems().size() + " problem(s)");
			ex.problems().forEach(p -> err.println("  " + p));
			return 1;
		}
		catch (RuntimeException ex) {
			err.println("import refused: " + ex.getMessage());
			return 1;
		}
	}

	private static ConfigurableApplicationContext context(List<String> springArgs) {
		List<String> all = new ArrayList<>(springArgs);
		all.add("--spring.main.banner-mode=off");
		all.add("--logging.level.root=WARN");
		return new SpringApplicationBuilder(HomewardApplication.class).web(WebApplicationType.NONE)
			.lazyInitialization(true)
			.logStartupInfo(false)
			.run(all.toArray(String[]::new));
	}

	/*
	 * The zip is written next to the target and moved into place when complete, so a
	 * failed export never leaves a partial package under the requested name.
	 */
	private static int write(List<Long> sources, Path target, String actor, List<String> springArgs, PrintStream out,
			PrintStream err) {
		try (ConfigurableApplicationContext context = context(springArgs)) {
			Path dir = target.toAbsolutePath().getParent();
			Path partial = Files.createTempFile(dir, ".package-", ".part");
			try (OutputStream stream = Files.newOutputStream(partial)) {
				context.getBean(EvidenceArchive.class).writeCourtPackage(sources, stream, actor);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			out.println("Wrote " + target + " (" + Files.size(target) + " bytes, " + sources.size() + " source(s))");
			return 0;
		}
		catch (IOException | RuntimeException ex) {
			err.println("export refused: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * The command's arguments.
	 *
	 * @param sources the {@code --source} ids
	 * @param out the {@code --out} file, or null
	 * @param files the plain arguments
	 * @param actor who acts
	 * @param skipInvalid whether {@code --skip-invalid} was given
	 * @param spring the {@code --name=value} properties for Spring
	 */
	private record Arguments(List<Long> sources, @Nullable Path out, List<String> files, String actor,
			boolean skipInvalid, List<String> spring) {

		static @Nullable Arguments parse(String[] args, PrintStream err) {
			List<Long> sources = new ArrayList<>();
			List<String> files = new ArrayList<>();
			List<String> spring = new ArrayList<>();
			Path out = null;
			String actor = "operator:" + System.getProperty("user.name", "unknown");
			boolean skip = false;
			try {
				for (int i = 1; i < args.length; i++) {
					if (args[i].equals("--source") && i + 1 < args.length) {
						sources.add(Long.parseLong(args[++i]));
					}
					else if (args[i].equals("--out") && i + 1 < args.length) {
						out = Path.of(args[++i]);
					}
					else if (args[i].equals("--skip-invalid")) {
						skip = true;
					}
					else if (args[i].startsWith("--actor=")) {
						actor = args[i].substring("--actor=".length());
					}
					else if (args[i].startsWith("--") && args[i].contains("=")) {
						spring.add(args[i]);
					}
					else if (args[i].startsWith("--")) {
						err.println("Unknown option: " + args[i]);
						return null;
					}
					else {
						files.add(args[i]);
					}
				}
			}
			catch (NumberFormatException ex) {
				err.println("--source takes a number: " + ex.getMessage());
				return null;
			}
			return new Arguments(sources, out, files, actor, skip, spring);
		}

	}

}
