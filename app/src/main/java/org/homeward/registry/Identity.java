package org.homeward.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Who a source says the child is: names in any script, sex, birth date, origin,
 * citizenship, documents, guardian, and when this identity held. The name given at birth
 * and a name imposed after a Russian adoption are two identities of the same child.
 *
 * @param givenName given name as written in the source, any script
 * @param familyName family name as written
 * @param patronymic patronymic as written
 * @param sex sex, {@link Sex#UNKNOWN} when the source is silent
 * @param birthDate birth date, possibly partial
 * @param settlement settlement of origin
 * @param oblast oblast (region) of origin
 * @param citizenship ISO 3166 alpha-3 code, e.g. {@code UKR} or {@code RUS}
 * @param documents documents attributed to the child
 * @param guardian the legal guardian according to the source
 * @param source which source states this identity (a citation or source id)
 * @param validFrom since when this identity held, if known
 * @param validTo until when it held, if known
 * @param imposed true for an identity imposed after deportation (new name, new
 * citizenship)
 */
public record Identity(@Nullable String givenName, @Nullable String familyName, @Nullable String patronymic, Sex sex,
		@Nullable PartialDate birthDate, @Nullable String settlement, @Nullable String oblast,
		@Nullable String citizenship, List<IdentityDocument> documents, @Nullable Guardian guardian,
		@Nullable String source, @Nullable LocalDate validFrom, @Nullable LocalDate validTo, boolean imposed) {

	public Identity {
		givenName = clean(givenName);
		familyName = clean(familyName);
		patronymic = clean(patronymic);
		settlement = clean(settlement);
		oblast = clean(oblast);
		citizenship = clean(citizenship);
		source = clean(source);
		documents = List.copyOf(documents);
		if (givenName == null && familyName == null) {
			throw new IllegalArgumentException("an identity needs a given name or a family name");
		}
		if (citizenship != null && !citizenship.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("citizenship must be an ISO 3166 alpha-3 code such as UKR");
		}
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			throw new IllegalArgumentException("valid to is before valid from");
		}
	}

	/**
	 * A minimal identity: names and birth date, nothing else known.
	 * @param givenName the given name
	 * @param familyName the family name
	 * @param birthDate the birth date, possibly null
	 * @return the identity
	 */
	public static Identity named(String givenName, String familyName, @Nullable PartialDate birthDate) {
		return new Identity(givenName, familyName, null, Sex.UNKNOWN, birthDate, null, null, null, List.of(), null,
				null, null, null, false);
	}

	/**
	 * The name as people write it: given name, patronymic, family name.
	 * @return the full name, never empty
	 */
	public String fullName() {
		return String.join(" ",
				Stream.of(this.givenName, this.patronymic, this.familyName).filter(s -> s != null).toList());
	}

	public Optional<Integer> birthYear() {
		return Optional.ofNullable(this.birthDate).map(PartialDate::year);
	}

	private static @Nullable String clean(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
