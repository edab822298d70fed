package org.homeward.facilities;

/**
 * What was documented happening to children at a facility.
 */
public enum ActivityKind {

	/** Cultural, patriotic or military programming aligned with pro-Russia narratives. */
	RE_EDUCATION,
	/** Combat training, drills, parades, assembly of materiel, military history. */
	MILITARY_TRAINING,
	/** Issuing Russian passports or citizenship. */
	CITIZENSHIP_PROCESSING,
	/** Placement of children in foster care or adoption. */
	ADOPTION_PLACEMENT

}
