package org.homeward.facilities;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One facility read from a file.
 *
 * @param where {@code "line 3"} or {@code "feature 2"}, for messages
 * @param id the id the file gives, or null for a new facility
 * @param details what the file says
 */
record ImportRecord(String where, @Nullable UUID id, FacilityDetails details) {

}
