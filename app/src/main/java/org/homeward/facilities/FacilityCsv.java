package org.homeward.facilities;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Facilities as CSV for spreadsheets: one facility a line, lists (aliases, sources) as
 * lines inside one cell, and one column per activity holding its confidence and evidence
 * ({@code HIGH: drills filmed on site}). The {@code flags} column is written for review
 * and ignored on import, where the flags are computed again.
 */
final class FacilityCsv {

	static final String[] HEADER = { "id", "name_uk", "name_ru", "name_en", "aliases", "type", "country", "region",
			"latitude", "longitude", "precision_m", "location_method", "operator", "operator_registration",
			"operator_level", "operator_ministry", "re_education", "military_training", "citizenship_processing",
			"adoption_placement", "first_seen", "last_seen", "capacity", "sources", "flags" };

	private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setHeader(HEADER).get();

	private static final CSVFormat READ = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setAllowMissingColumnNames(true)
		.get();

	private FacilityCsv() {
	}

	static String write(List<Facility> facilities) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
			for (Facility f : facilities) {
				printer.printRecord(row(f));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static List<@Nullable Object> row(Facility f) {
		FacilityDetails d = f.details();
		Location l = d.location();
		Operator o = d.operator();
		List<@Nullable Object> row = new ArrayList<>(Arrays.asList(f.id(), d.names().ukrainian(), d.names().russian(),
				d.names().english(), String.join("\n", d.names().aliases()), d.type(), d.country(), d.region(),
				(l != null) ? l.latitude() : null, (l != null) ? l.longitude() : null,
				(l != null) ? l.precisionMeters() : null, (l != null) ? l.method() : null,
				(o != null) ? o.legalEntity() : null, (o != null) ? o.registrationNumber() : null,
				(o != null) ? o.level() : null, (o != null) ? o.ministry() : null));
		for (ActivityKind kind : ActivityKind.values()) {
			row.add(d.activities()
				.stream()
				.filter(a -> a.kind() == kind)
				.findFirst()
				.map(a -> (a.evidence() != null) ? a.confidence() + ": " + a.evidence() : a.confidence().name())
				.orElse(null));
		}
		row.addAll(Arrays.asList(d.firstSeen(), d.lastSeen(), d.capacity(), String.join("\n", d.sources()),
				String.join("\n", f.flags())));
		return row;
	}

	/**
	 * Reads every line, collecting the problems of all of them.
	 * @throws InvalidFacilityException when any line is refused
	 */
	static List<ImportRecord> read(InputStream in) {
		List<ImportRecord> records = new ArrayList<>();
		List<FacilityProblem> problems = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), READ)) {
			List<String> missing = Arrays.stream(new String[] { "type", "country" })
				.filter(c -> !parser.getHeaderMap().containsKey(c))
				.toList();
			if (!missing.isEmpty()) {
				throw new InvalidFacilityException(
						List.of(new FacilityProblem("line 1", String.join(", ", missing), "column missing")));
			}
			Iterator<CSVRecord> rows = parser.iterator();
			while (true) {
				long line = parser.getCurrentLineNumber() + 1;
				if (!rows.hasNext()) {
					break;
				}
				ImportRecord record = record(rows.next(), new FieldReader("line " + line, problems));
				if (record != null) {
					records.add(record);
				}
			}
		}
		catch (IOException | IllegalStateException ex) {
			throw new InvalidFacilityException(
					List.of(new FacilityProblem("file", "file", "not readable as CSV: " + ex.getMessage())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFacilityException(problems);
		}
		return records;
	}

	private static @Nullable ImportRecord record(CSVRecord row, FieldReader r) {
		UUID id = r.uuid("id", get(row, "id"));
		Location location = r.location(r.number("latitude", get(row, "latitude")),
				r.number("longitude", get(row, "longitude")), r.integer("precision_m", get(row, "precision_m")),
				r.choice("location_method", get(row, "location_method"), LocationMethod.class));
		String operatorName = Text.clean(get(row, "operator"));
		GovernmentLevel level = r.choice("operator_level", get(row, "operator_level"), GovernmentLevel.class);
		Operator operator = (operatorName != null) ? r.build(() -> new Operator(operatorName,
				get(row, "operator_registration"), level, get(row, "operator_ministry"))) : null;
		List<Activity> activities = new ArrayList<>();
		for (ActivityKind kind : ActivityKind.values()) {
			Activity activity = activity(r, kind, get(row, kind.name().toLowerCase(Locale.ROOT)));
			if (activity != null) {
				activities.add(activity);
			}
		}
		FacilityType type = r.choice("type", get(row, "type"), FacilityType.class);
		FacilityNames names = r.build(() -> new FacilityNames(get(row, "name_uk"), get(row, "name_ru"),
				get(row, "name_en"), lines(get(row, "aliases"))));
		var firstSeen = r.date("first_seen", get(row, "first_seen"));
		var lastSeen = r.date("last_seen", get(row, "last_seen"));
		Integer capacity = r.integer("capacity", get(row, "capacity"));
		if (names == null || type == null) {
			if (type == null && Text.clean(get(row, "type")) == null) {
				r.problem("type", "required, one of " + List.of(FacilityType.values()));
			}
			return null;
		}
		FacilityDetails details = r
			.build(() -> new FacilityDetails(names, type, get(row, "country"), get(row, "region"), location, operator,
					activities, firstSeen, lastSeen, capacity, lines(get(row, "sources"))));
		return (details != null) ? new ImportRecord(r.where(), id, details) : null;
	}

	private static @Nullable Activity activity(FieldReader r, ActivityKind kind, @Nullable String cell) {
		String text = Text.clean(cell);
		if (text == null) {
			return null;
		}
		int colon = text.indexOf(':');
		String field = kind.name().toLowerCase(Locale.ROOT);
		Confidence confidence = r.choice(field, (colon < 0) ? text : text.substring(0, colon), Confidence.class);
		return (confidence != null)
				? new Activity(kind, confidence, (colon < 0) ? null : text.substring(colon + 1).strip()) : null;
	}

	private static @Nullable String get(CSVRecord row, String column) {
		return row.isMapped(column) && row.isSet(column) ? row.get(column) : null;
	}

	private static List<String> lines(@Nullable String cell) {
		return (cell == null) ? List.of() : Text.cleanLines(List.of(cell.split("\\R")));
	}

}
