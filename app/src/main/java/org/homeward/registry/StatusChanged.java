package org.homeward.registry;

import java.util.UUID;

/**
 * Published inside the transaction when a child's status changes.
 *
 * @param childId the child
 * @param from the status before
 * @param to the status after
 */
public record StatusChanged(UUID childId, ChildStatus from, ChildStatus to) {

}
