package org.homeward.facilities;

/**
 * Which level of government runs a facility, per incorporation data.
 */
public enum GovernmentLevel {

	FEDERAL, REGIONAL, MUNICIPAL,
	/** An administration installed by Russia in occupied territory of Ukraine. */
	OCCUPATION_AUTHORITY,
	/** A company, foundation or religious body. */
	NON_GOVERNMENTAL, UNKNOWN

}
