package org.homeward.registry;

import java.util.UUID;

/**
 * Published inside the transaction when a child is registered or an identity version is
 * added or corrected, so that matching can look for the same child elsewhere.
 *
 * @param childId the child
 * @param identityVersionId the identity version that is new or changed
 * @param newChild true when the child itself was just registered
 * @param actor who registered, added or corrected it
 */
public record IdentityRecorded(UUID childId, UUID identityVersionId, boolean newChild, String actor) {

}
