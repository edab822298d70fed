package org.homeward.facilities;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Flags doubtful coordinates against the country boundaries: a point in the sea, a point
 * outside its stated country whose swapped latitude and longitude fall inside it (the
 * commonest error in hand-made files), a point in another country. Points within 10 km,
 * or within their own stated precision, of a coast or border count as inside: the
 * boundaries are coarse and many camps stand on the shore.
 */
@Component
class CoordinateCheck {

	static final String SWAPPED = "lat/lon probably swapped";

	static final String SEA = "in the sea";

	static final String OTHER_COUNTRY = "outside the stated country";

	private static final double TOLERANCE_KM = 10;

	private final CountryBoundaries boundaries;

	CoordinateCheck(CountryBoundaries boundaries) {
		this.boundaries = boundaries;
	}

	/**
	 * The flags for a facility's location.
	 * @param location the coordinates, or null
	 * @param country the stated country (alpha-3)
	 * @return human-readable flags, each starting with one of the constants, empty when
	 * the location looks right or is unknown
	 */
	List<String> flags(@Nullable Location location, String country) {
		List<String> flags = new ArrayList<>();
		if (location == null) {
			return flags;
		}
		double lat = location.latitude();
		double lon = location.longitude();
		double tolerance = Math.max(TOLERANCE_KM, location.precisionMeters() / 1000.0);
		boolean known = this.boundaries.knows(country);
		if (known && this.boundaries.isIn(country, lat, lon, tolerance)) {
			return flags;
		}
		if (known && Math.abs(lon) <= 90 && this.boundaries.isIn(country, lon, lat, tolerance)) {
			flags.add(SWAPPED + ": (%s, %s) lies in %s but (%s, %s) does not".formatted(lon, lat, country, lat, lon));
		}
		else if (!this.boundaries.isOnLand(lat, lon, tolerance)) {
			flags.add(SEA + ": (%s, %s) is more than %.0f km from any coast".formatted(lat, lon, tolerance));
		}
		else if (known) {
			String actual = this.boundaries.countryAt(lat, lon).orElse("another country");
			flags.add(OTHER_COUNTRY + ": (%s, %s) lies in %s, not %s".formatted(lat, lon, actual, country));
		}
		return flags;
	}

}
