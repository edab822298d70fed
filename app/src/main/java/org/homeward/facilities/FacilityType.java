package org.homeward.facilities;

/**
 * The kinds of place where children from Ukraine have been held, after the eight location
 * types of Yale HRL's 2023-2024 studies, plus foster placement in a Russian region.
 */
public enum FacilityType {

	CAMP_OR_SANATORIUM, CADET_SCHOOL, MILITARY_BASE, MEDICAL_FACILITY, RELIGIOUS_SITE, SCHOOL_OR_UNIVERSITY, HOTEL,
	ORPHANAGE_OR_FAMILY_CENTRE, FOSTER_REGION

}
