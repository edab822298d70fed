package org.homeward.votes;

/**
 * A member state of the United Nations.
 *
 * @param code ISO 3166-1 alpha-3 code, upper case ({@code UKR})
 * @param iso2 ISO 3166-1 alpha-2 code ({@code UA})
 * @param gaName the name as the General Assembly prints it ({@code Russian Federation},
 * {@code Iran (Islamic Republic of)})
 * @param commonName the common English name ({@code Russia})
 * @param officialName the official English name
 * @param regionalGroup the UN regional group ({@code Eastern European Group})
 */
public record MemberState(String code, String iso2, String gaName, String commonName, String officialName,
		String regionalGroup) {

	public MemberState {
		if (!code.matches("[A-Z]{3}") || !iso2.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("not ISO 3166 alpha-3 and alpha-2 codes: " + code + ", " + iso2);
		}
		if (gaName.isBlank() || commonName.isBlank() || officialName.isBlank() || regionalGroup.isBlank()) {
			throw new IllegalArgumentException("a member state needs its names and regional group: " + code);
		}
	}

}
