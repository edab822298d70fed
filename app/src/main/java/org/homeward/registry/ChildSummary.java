package org.homeward.registry;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the children list: the primary identity and the status.
 *
 * @param id the child's id
 * @param caseNumber the case number
 * @param status the current status
 * @param synthetic true for generated data
 * @param givenName given name of the primary identity
 * @param familyName family name of the primary identity
 * @param birthDate birth date of the primary identity
 * @param oblast oblast of origin of the primary identity
 * @param identityCount how many identity versions the child has
 */
public record ChildSummary(UUID id, String caseNumber, ChildStatus status, boolean synthetic,
		@Nullable String givenName, @Nullable String familyName, @Nullable PartialDate birthDate,
		@Nullable String oblast, int identityCount) {

}
