package org.homeward.registry;

/**
 * What happened to a child, as a timeline entry.
 */
public enum EventType {

	DEPORTATION, TRANSFER, PLACEMENT_FACILITY, PLACEMENT_FOSTER_FAMILY, ADOPTION, GUARDIANSHIP, CITIZENSHIP_CHANGE,
	RENAMING, CONSCRIPTION, RETURN, OTHER

}
