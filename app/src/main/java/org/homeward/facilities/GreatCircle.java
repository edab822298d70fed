package org.homeward.facilities;

/**
 * Distances on the Earth as a sphere. The haversine formula with the mean Earth radius
 * (IUGG R1 = 6371.0088 km) is within 0.5 % of the ellipsoidal distance, far better than
 * the precision of the places it measures.
 */
final class GreatCircle {

	static final double EARTH_RADIUS_KM = 6371.0088;

	private GreatCircle() {
	}

	/**
	 * The great-circle distance between two points.
	 * @param lat1 latitude of the first point, degrees
	 * @param lon1 longitude of the first point, degrees
	 * @param lat2 latitude of the second point, degrees
	 * @param lon2 longitude of the second point, degrees
	 * @return kilometres
	 */
	static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(lon2 - lon1);
		double h = Math.pow(Math.sin(dPhi / 2), 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
