package org.homeward.facilities;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Filters for the facility list; null means any.
 *
 * @param type only this kind of place
 * @param country only this country (alpha-3)
 * @param activity only facilities where this activity is documented
 */
public record FacilityQuery(@Nullable FacilityType type, @Nullable String country, @Nullable ActivityKind activity) {

	public FacilityQuery {
		country = (country == null || country.isBlank()) ? null : country.strip().toUpperCase(Locale.ROOT);
	}

	public static FacilityQuery all() {
		return new FacilityQuery(null, null, null);
	}

}
