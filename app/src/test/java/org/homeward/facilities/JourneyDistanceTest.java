package org.homeward.facilities;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Great-circle distances from a child's home, checked against a value computed here by an
 * independent formula (the angle between unit vectors, atan2 of cross and dot products).
 */
class JourneyDistanceTest {

	private static final double[] DONETSK = { 48.0159, 37.8029 };

	private static final double[] WONSAN = { 39.15, 127.44 };

	@Test
	void donetskToWonsanIsWithinOnePercentOfTheGreatCircle() {
		double expected = vectorAngleKm(DONETSK, WONSAN);
		assertThat(expected).isBetween(6800.0, 6950.0);
		assertThat(GreatCircle.distanceKm(DONETSK[0], DONETSK[1], WONSAN[0], WONSAN[1])).isCloseTo(expected,
				within(expected * 0.01));
		assertThat(GreatCircle.distanceKm(WONSAN[0], WONSAN[1], DONETSK[0], DONETSK[1])).isCloseTo(expected,
				within(expected * 0.01));
	}

	@Test
	void samePlaceIsZeroAndAntipodesAreHalfTheCircumference() {
		assertThat(GreatCircle.distanceKm(47.0971, 37.5434, 47.0971, 37.5434)).isZero();
		assertThat(GreatCircle.distanceKm(10, 20, -10, -160)).isCloseTo(Math.PI * GreatCircle.EARTH_RADIUS_KM,
				within(0.001));
	}

	@Test
	void mariupolToDonetskIsAboutNinetyKilometres() {
		assertThat(GreatCircle.distanceKm(47.0971, 37.5434, 48.0159, 37.8029)).isBetween(95.0, 110.0);
	}

	private static double vectorAngleKm(double[] a, double[] b) {
		double[] u = unit(a);
		double[] v = unit(b);
		double cx = u[1] * v[2] - u[2] * v[1];
		double cy = u[2] * v[0] - u[0] * v[2];
		double cz = u[0] * v[1] - u[1] * v[0];
		double dot = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
		return 6371.0088 * Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), dot);
	}

	private static double[] unit(double[] latLon) {
		double phi = Math.toRadians(latLon[0]);
		double lambda = Math.toRadians(latLon[1]);
		return new double[] { Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi) };
	}

}
