package org.homeward.facilities;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Facilities where children were taken, and children's stays there. Every change is one
 * transaction, recorded in the audit ledger. {@code actor} is the user name recorded with
 * a change.
 * <p>
 * Coordinates are checked on every write. Impossible ones (latitude outside ±90,
 * longitude outside ±180) are refused; doubtful ones are stored with a flag: a point in
 * the sea, a point outside its stated country whose swapped latitude and longitude would
 * lie inside it ("lat/lon probably swapped").
 */
public interface Facilities {

	/**
	 * Lists facilities, ordered by name.
	 * @param query filters
	 * @return the matching facilities
	 */
	List<Facility> find(FacilityQuery query);

	/**
	 * Finds a facility.
	 * @param id its id
	 * @return the facility
	 * @throws FacilityNotFoundException when there is none with this id
	 */
	Facility get(UUID id);

	/**
	 * Records a facility.
	 * @param details what is known about it
	 * @param actor who records it
	 * @return the facility, with any coordinate flags
	 */
	Facility create(FacilityDetails details, String actor);

	/**
	 * Replaces what is known about a facility.
	 * @param id the facility
	 * @param details the new details
	 * @param actor who changes it
	 * @return the facility after the change
	 * @throws FacilityNotFoundException when there is none with this id
	 */
	Facility update(UUID id, FacilityDetails details, String actor);

	/**
	 * Imports a file of facilities: records with a known id update that facility, the
	 * others are created (with their id, if they carry one). All or nothing: a file with
	 * any refused record stores nothing.
	 * @param format the file's format
	 * @param file the file's bytes, UTF-8
	 * @param actor who imports it
	 * @return what was stored, with the coordinate flags
	 * @throws InvalidFacilityException naming each refused line or feature and field
	 */
	ImportResult importFile(ImportFormat format, InputStream file, String actor);

	/**
	 * Writes facilities in a format that {@link #importFile} reads back unchanged.
	 * @param format the format
	 * @param query which facilities
	 * @return the file's text
	 */
	String export(ImportFormat format, FacilityQuery query);

	/**
	 * Places a child at a facility.
	 * @param facilityId the facility
	 * @param stay the child, the event it explains, dates, source
	 * @param actor who records it
	 * @return the recorded stay
	 * @throws FacilityNotFoundException when the facility is unknown
	 * @throws org.homeward.registry.ChildNotFoundException when the child is unknown
	 * @throws IllegalArgumentException when the event is not on the child's timeline
	 */
	FacilityStay addStay(UUID facilityId, NewStay stay, String actor);

	/**
	 * Stays at a facility, by date.
	 * @param facilityId the facility
	 * @return the stays
	 */
	List<FacilityStay> staysAt(UUID facilityId);

	/**
	 * How many distinct children are linked to each facility that has any.
	 * @return counts by facility id
	 */
	Map<UUID, Integer> childCounts();

	/**
	 * A child's journey from home through the facilities and places of the timeline.
	 * @param childId the child
	 * @return the journey with each stop's distance from home
	 * @throws org.homeward.registry.ChildNotFoundException when the child is unknown
	 */
	Journey journey(UUID childId);

	/**
	 * Counts facilities.
	 * @return the count
	 */
	long count();

}
