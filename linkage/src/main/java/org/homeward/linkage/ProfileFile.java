package org.homeward.linkage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.homeward.linkage.BlockingRule.Part;
import org.homeward.linkage.BlockingRule.Take;
import org.homeward.linkage.evaluation.InputFileException;

/**
 * Reads a {@link FieldProfile} from a profile file, so that the engine links another
 * schema without code: which columns to compare and how, how to block, whether to link
 * only across sources. The bundled profiles ({@code person}, {@code febrl}) are such
 * files; {@code profiles/person.profile} in this package describes the format:
 *
 * <pre>
 * profile NAME
 * pairs all | across-sources
 * field NAME KIND [veto] [term-frequency]
 * block [any-order] FIELD:TAKE [FIELD:TAKE ...]
 * </pre>
 *
 * A mistake is reported with the file, line and column and what would be accepted
 * ({@link InputFileException}).
 */
public final class ProfileFile {

	private static final Pattern WORD = Pattern.compile("\\S+");

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

	/* Blocker keeps one bit per rule in an int. */
	static final int MAX_RULES = 31;

	private ProfileFile() {
	}

	/**
	 * Reads a profile file (UTF-8).
	 * @param file the file
	 * @return the profile
	 * @throws IOException if the file cannot be read
	 * @throws InputFileException naming file, line and column of a mistake
	 */
	public static FieldProfile read(Path file) throws IOException {
		return parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
	}

	/**
	 * A bundled profile, {@code profiles/NAME.profile} on the class path.
	 * @param name {@code person} or {@code febrl}
	 * @return the profile
	 * @throws IllegalArgumentException for another name
	 */
	static FieldProfile bundled(String name) {
		String resource = "profiles/" + name + ".profile";
		try (InputStream in = ProfileFile.class.getResourceAsStream(resource)) {
			if (in == null || !NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("unknown profile " + name + " (person, febrl, or a profile file)");
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return parse(Path.of(resource), text.lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Parses the lines of a profile file.
	 * @param file the file, for messages
	 * @param lines its lines
	 * @return the profile
	 * @throws InputFileException naming file, line and column of a mistake
	 */
	static FieldProfile parse(Path file, List<String> lines) {
		Parser parser = new Parser(file);
		for (int n = 0; n < lines.size(); n++) {
			String line = lines.get(n);
			/* A byte-order mark, as editors on Windows write it. */
			parser.line(n + 1, (n == 0 && line.startsWith("\uFEFF")) ? line.substring(1) : line);
		}
		return parser.profile(lines.size());
	}

	/** A word of a line and the 1-based column it starts at. */
	private record Word(String text, int column) {
	}

	private static final class Parser {

		private final Path file;

		private String name;

		private Boolean acrossSources;

		private final List<FieldSpec> fields = new ArrayList<>();

		private final List<BlockingRule> rules = new ArrayList<>();

		private int lastBlockLine;

		Parser(Path file) {
			this.file = file;
		}

		void line(int line, String text) {
			int hash = text.indexOf('#');
			List<Word> words = new ArrayList<>();
			Matcher matcher = WORD.matcher((hash >= 0) ? text.substring(0, hash) : text);
			while (matcher.find()) {
				words.add(new Word(matcher.group(), matcher.start() + 1));
			}
			if (words.isEmpty()) {
				return;
			}
			Word keyword = words.get(0);
			List<Word> rest = words.subList(1, words.size());
			switch (keyword.text()) {
				case "profile" -> profileLine(line, keyword, rest);
				case "pairs" -> pairsLine(line, keyword, rest);
				case "field" -> fieldLine(line, keyword, rest);
				case "block" -> blockLine(line, keyword, rest);
				default -> throw error(line, keyword, "unknown statement '" + keyword.text()
						+ "' (profile, pairs, field, block; '#' starts a comment)");
			}
		}

		private void profileLine(int line, Word keyword, List<Word> rest) {
			if (this.name != null) {
				throw error(line, keyword, "a second profile line");
			}
			this.name = single(line, keyword, rest, "a profile name").text();
			if (!NAME.matcher(this.name).matches()) {
				throw error(line, rest.get(0), "a profile name is letters, digits, '_', '.' or '-'");
			}
		}

		private void pairsLine(int line, Word keyword, List<Word> rest) {
			if (this.acrossSources != null) {
				throw error(line, keyword, "a second pairs line");
			}
			Word value = single(line, keyword, rest, "all or across-sources");
			this.acrossSources = switch (value.text()) {
				case "all" -> false;
				case "across-sources" -> true;
				default -> throw error(line, value, "pairs is all or across-sources, not '" + value.text() + "'");
			};
		}

		private void fieldLine(int line, Word keyword, List<Word> rest) {
			if (rest.size() < 2) {
				throw error(line, keyword, "a field line is: field NAME KIND [veto] [term-frequency]");
			}
			Word fieldName = rest.get(0);
			if (!NAME.matcher(fieldName.text()).matches()) {
				throw error(line, fieldName, "a field name is letters, digits, '_', '.' or '-' (the CSV column)");
			}
			if (this.fields.stream().anyMatch((f) -> f.name().equals(fieldName.text()))) {
				throw error(line, fieldName, "field " + fieldName.text() + " is declared twice");
			}
			if (this.fields.size() == 16) {
				throw error(line, keyword, "a profile has at most 16 fields");
			}
			FieldKind kind = kind(line, rest.get(1));
			Set<String> flags = new HashSet<>();
			for (Word flag : rest.subList(2, rest.size())) {
				if (!flag.text().equals("veto") && !flag.text().equals("term-frequency")) {
					throw error(line, flag, "unknown flag '" + flag.text() + "' (veto, term-frequency)");
				}
				if (!flags.add(flag.text())) {
					throw error(line, flag, "flag " + flag.text() + " given twice");
				}
			}
			this.fields
				.add(new FieldSpec(fieldName.text(), kind, flags.contains("veto"), flags.contains("term-frequency")));
		}

		private FieldKind kind(int line, Word word) {
			for (FieldKind kind : FieldKind.values()) {
				if (word(kind.name()).equals(word.text())) {
					return kind;
				}
			}
			throw error(line, word,
					"unknown kind '" + word.text() + "' (" + allowed(Arrays.asList(FieldKind.values())) + ")");
		}

		private void blockLine(int line, Word keyword, List<Word> rest) {
			boolean anyOrder = !rest.isEmpty() && rest.get(0).text().equals("any-order");
			List<Word> partWords = anyOrder ? rest.subList(1, rest.size()) : rest;
			if (partWords.isEmpty()) {
				throw error(line, keyword, "a block line is: block [any-order] FIELD:TAKE [FIELD:TAKE ...]");
			}
			if (this.rules.size() == MAX_RULES) {
				throw error(line, keyword, "a profile has at most " + MAX_RULES + " blocking rules");
			}
			List<Part> parts = new ArrayList<>();
			for (Word word : partWords) {
				parts.add(part(line, word));
			}
			this.rules.add(new BlockingRule(parts, anyOrder));
			this.lastBlockLine = line;
		}

		private Part part(int line, Word word) {
			int colon = word.text().indexOf(':');
			if (colon <= 0) {
				throw error(line, word, "a key part is FIELD:TAKE, not '" + word.text() + "'");
			}
			String fieldName = word.text().substring(0, colon);
			FieldSpec field = this.fields.stream()
				.filter((f) -> f.name().equals(fieldName))
				.findFirst()
				.orElseThrow(() -> error(line, word,
						"unknown field '" + fieldName + "' (declare it with a field line before the block)"));
			String takeText = word.text().substring(colon + 1);
			Take take = Arrays.stream(Take.values())
				.filter((t) -> word(t.name()).equals(takeText))
				.findFirst()
				.orElseThrow(() -> error(line, word,
						"unknown take '" + takeText + "' (" + allowed(Arrays.asList(Take.values())) + ")"));
			boolean fits = switch (take) {
				case NAME_KEY, SKELETON -> field.kind().isName();
				case YEAR, SORTED_DATE -> field.kind() == FieldKind.DATE;
				case VALUE -> true;
			};
			if (!fits) {
				throw error(line, word, takeText + " does not apply to a " + word(field.kind().name()) + " field ("
						+ "name-key and skeleton take names and places, year and sorted-date dates)");
			}
			return new Part(fieldName, take);
		}

		FieldProfile profile(int lines) {
			int end = lines + 1;
			if (this.name == null) {
				throw new InputFileException(this.file, end, "1", "no 'profile NAME' line");
			}
			if (this.fields.isEmpty()) {
				throw new InputFileException(this.file, end, "1", "no 'field NAME KIND' line");
			}
			if (this.rules.isEmpty()) {
				throw new InputFileException(this.file, end, "1",
						"no 'block FIELD:TAKE' line: without a blocking rule no pair is compared");
			}
			try {
				return new FieldProfile(this.name, this.fields, this.rules, Boolean.TRUE.equals(this.acrossSources));
			}
			catch (IllegalArgumentException ex) {
				throw new InputFileException(this.file, this.lastBlockLine, "1", ex.getMessage());
			}
		}

		private Word single(int line, Word keyword, List<Word> rest, String expected) {
			if (rest.size() != 1) {
				throw error(line, keyword, keyword.text() + " takes one word: " + expected);
			}
			return rest.get(0);
		}

		private InputFileException error(int line, Word word, String problem) {
			return new InputFileException(this.file, line, String.valueOf(word.column()), problem);
		}

	}

	private static String word(String constant) {
		return constant.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String allowed(List<? extends Enum<?>> values) {
		return values.stream().map((v) -> word(v.name())).collect(Collectors.joining(", "));
	}

}
