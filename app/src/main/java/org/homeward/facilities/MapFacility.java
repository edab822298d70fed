package org.homeward.facilities;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A facility as the map draws it: a marker, a popup and the filters' facts. The count of
 * linked children is exact for those who may see children; for everyone else counts below
 * five are suppressed (null, with the label saying "fewer than 5").
 *
 * @param id the facility
 * @param name the name in the page's language
 * @param names the names in Ukrainian, Russian and English
 * @param type the kind of place
 * @param country alpha-3 code
 * @param region region as written
 * @param latitude degrees north
 * @param longitude degrees east
 * @param precisionMeters how exact the point is
 * @param approximate true unless the point was taken from an address or imagery
 * @param activities documented activities
 * @param firstSeen first documented, or null
 * @param lastSeen last documented, or null
 * @param children linked children, or null when suppressed
 * @param childrenLabel what to show for the children count
 */
record MapFacility(UUID id, String name, FacilityNames names, FacilityType type, String country,
		@Nullable String region, double latitude, double longitude, int precisionMeters, boolean approximate,
		List<ActivityKind> activities, @Nullable String firstSeen, @Nullable String lastSeen,
		@Nullable Integer children, String childrenLabel) {

}
