package org.homeward.registry;

import java.util.UUID;

/**
 * Published inside the transaction when an identity version was removed (a link undone),
 * so that matching forgets it.
 *
 * @param childId the child
 * @param identityVersionId the identity version that no longer exists
 */
public record IdentityRemoved(UUID childId, UUID identityVersionId) {

}
