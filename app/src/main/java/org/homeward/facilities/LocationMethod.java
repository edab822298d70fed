package org.homeward.facilities;

/**
 * How a facility's coordinates were obtained.
 */
public enum LocationMethod {

	/** Geocoded from a postal address. */
	ADDRESS,
	/** Identified on satellite imagery. */
	SATELLITE,
	/** A settlement or district, not the building itself. */
	APPROXIMATE

}
