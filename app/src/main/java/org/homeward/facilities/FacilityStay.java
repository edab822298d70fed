package org.homeward.facilities;

import java.time.Instant;
import java.util.UUID;

/**
 * A child's stay at a facility, as recorded.
 *
 * @param id the stay's id
 * @param facilityId the facility
 * @param stay the child, event, dates and source
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 */
public record FacilityStay(UUID id, UUID facilityId, NewStay stay, Instant recordedAt, String recordedBy) {

}
