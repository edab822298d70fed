package org.homeward.facilities;

import org.jspecify.annotations.Nullable;

/**
 * Where a facility is, and how well that is known.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 * @param precisionMeters radius within which the facility lies, 1 m to 1,000 km
 * @param method how the coordinates were obtained
 */
public record Location(double latitude, double longitude, int precisionMeters, LocationMethod method) {

	public Location {
		String refused = refusal(latitude, longitude);
		if (refused != null) {
			throw new IllegalArgumentException(refused);
		}
		if (precisionMeters < 1 || precisionMeters > 1_000_000) {
			throw new IllegalArgumentException("precisionMeters: " + precisionMeters + " is outside 1 to 1000000");
		}
		if (method == null) {
			throw new IllegalArgumentException("method: required (ADDRESS, SATELLITE or APPROXIMATE)");
		}
	}

	/**
	 * Why a pair of coordinates cannot be a place on Earth.
	 * @param latitude the latitude as given
	 * @param longitude the longitude as given
	 * @return {@code "latitude: ..."} or {@code "longitude: ..."} naming the bad field,
	 * or null when both are in range
	 */
	static @Nullable String refusal(double latitude, double longitude) {
		if (!(latitude >= -90 && latitude <= 90)) {
			return "latitude: " + latitude + " is outside -90 to 90";
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			return "longitude: " + longitude + " is outside -180 to 180";
		}
		return null;
	}

}
