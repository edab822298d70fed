package org.homeward.linkage;

import java.util.List;
import java.util.Objects;

import org.homeward.linkage.BlockingRule.Part;

/**
 * The fields of a schema, how to block on them and whether to link only across sources.
 * The first {@link FieldKind#GIVEN_NAME} and {@link FieldKind#FAMILY_NAME} fields are
 * also compared crosswise, which catches swapped name order.
 *
 * @param name the profile's name, such as {@code person}
 * @param fields the fields, at most 16
 * @param blocking the blocking rules, 1 to 31 (the blocker keeps a bit per rule)
 * @param crossSourceOnly whether only records from different sources are compared
 */
public record FieldProfile(String name, List<FieldSpec> fields, List<BlockingRule> blocking, boolean crossSourceOnly) {

	public FieldProfile {
		Objects.requireNonNull(name, "name");
		fields = List.copyOf(fields);
		blocking = List.copyOf(blocking);
		if (fields.isEmpty() || fields.size() > 16 || blocking.isEmpty() || blocking.size() > ProfileFile.MAX_RULES) {
			throw new IllegalArgumentException(
					"a profile needs 1 to 16 fields and 1 to " + ProfileFile.MAX_RULES + " blocking rules");
		}
		for (BlockingRule rule : blocking) {
			for (Part part : rule.parts()) {
				if (fields.stream().noneMatch((f) -> f.name().equals(part.field()))) {
					throw new IllegalArgumentException("blocking on unknown field " + part.field());
				}
			}
		}
	}

	/**
	 * The person profile, bundled as {@code profiles/person.profile}: the columns of
	 * {@code records.csv} (given_name, family_name, patronymic, sex, birth_date,
	 * settlement, oblast); deduplicates and links all sources.
	 * @return the profile
	 */
	public static FieldProfile person() {
		return Bundled.PERSON;
	}

	/**
	 * The FEBRL profile, bundled as {@code profiles/febrl.profile} (columns of FEBRL 4
	 * {@code dataset4a.csv} and {@code 4b.csv}); links only across the two sources.
	 * @return the profile
	 */
	public static FieldProfile febrl() {
		return Bundled.FEBRL;
	}

	/**
	 * A bundled profile by name.
	 * @param name {@code person} or {@code febrl}
	 * @return the profile
	 * @throws IllegalArgumentException for another name
	 */
	public static FieldProfile named(String name) {
		return switch (name) {
			case "person" -> person();
			case "febrl" -> febrl();
			default -> throw new IllegalArgumentException("unknown profile " + name + " (person, febrl)");
		};
	}

	/* Read once, on first use. */
	private static final class Bundled {

		static final FieldProfile PERSON = ProfileFile.bundled("person");

		static final FieldProfile FEBRL = ProfileFile.bundled("febrl");

	}

	int indexOf(String field) {
		for (int i = 0; i < this.fields.size(); i++) {
			if (this.fields.get(i).name().equals(field)) {
				return i;
			}
		}
		return -1;
	}

	int firstOfKind(FieldKind kind) {
		for (int i = 0; i < this.fields.size(); i++) {
			if (this.fields.get(i).kind() == kind) {
				return i;
			}
		}
		return -1;
	}

}
