package org.homeward.facilities;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one record of an import file, collecting every problem with the
 * record's place in the file and the field's name instead of stopping at the first.
 */
final class FieldReader {

	private final String where;

	private final List<FacilityProblem> problems;

	FieldReader(String where, List<FacilityProblem> problems) {
		this.where = where;
		this.problems = problems;
	}

	String where() {
		return this.where;
	}

	void problem(String field, String message) {
		this.problems.add(new FacilityProblem(this.where, field, message));
	}

	@Nullable Double number(String field, @Nullable String value) {
		String text = Text.clean(value);
		try {
			return (text != null) ? Double.valueOf(text.replace(',', '.')) : null;
		}
		catch (NumberFormatException ex) {
			problem(field, "'" + text + "' is not a number");
			return null;
		}
	}

	@Nullable Integer integer(String field, @Nullable String value) {
		Double number = number(field, value);
		if (number != null && number != Math.rint(number)) {
			problem(field, number + " is not a whole number");
			return null;
		}
		return (number != null) ? number.intValue() : null;
	}

	@Nullable LocalDate date(String field, @Nullable String value) {
		String text = Text.clean(value);
		try {
			return (text != null) ? LocalDate.parse(text) : null;
		}
		catch (DateTimeParseException ex) {
			problem(field, "'" + text + "' is not a date YYYY-MM-DD");
			return null;
		}
	}

	@Nullable UUID uuid(String field, @Nullable String value) {
		String text = Text.clean(value);
		try {
			return (text != null) ? UUID.fromString(text) : null;
		}
		catch (IllegalArgumentException ex) {
			problem(field, "'" + text + "' is not an id");
			return null;
		}
	}

	<E extends Enum<E>> @Nullable E choice(String field, @Nullable String value, Class<E> type) {
		String text = Text.clean(value);
		try {
			return (text != null) ? Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_')) : null;
		}
		catch (IllegalArgumentException ex) {
			problem(field, "'" + text + "' is not one of " + List.of(type.getEnumConstants()));
			return null;
		}
	}

	/**
	 * Coordinates: none when both are blank; refused, naming the field, when either is
	 * missing or outside the globe. Precision defaults to 1 km and method to APPROXIMATE.
	 */
	@Nullable Location location(@Nullable Double lat, @Nullable Double lon, @Nullable Integer precision,
			@Nullable LocationMethod method) {
		if (lat == null && lon == null) {
			return null;
		}
		if (lat == null || lon == null) {
			problem((lat == null) ? "latitude" : "longitude", "missing while the other coordinate is given");
			return null;
		}
		return build(() -> new Location(lat, lon, (precision != null) ? precision : 1000,
				(method != null) ? method : LocationMethod.APPROXIMATE));
	}

	/**
	 * Builds a value whose constructor validates, recording its refusal. Constructors say
	 * {@code "field: message"}.
	 */
	<T> @Nullable T build(Supplier<T> constructor) {
		try {
			return constructor.get();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			String message = String.valueOf(ex.getMessage());
			int colon = message.indexOf(": ");
			if (colon > 0 && colon < 40 && !message.substring(0, colon).contains(" ")) {
				problem(message.substring(0, colon), message.substring(colon + 2));
			}
			else {
				problem("record", message);
			}
			return null;
		}
	}

}
