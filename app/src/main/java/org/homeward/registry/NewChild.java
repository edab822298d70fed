package org.homeward.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What is needed to register a child.
 *
 * @param identity the first identity known
 * @param status the status at registration (usually {@link ChildStatus#REPORTED_MISSING})
 * @param statusDate when the child got that status; today when null
 * @param notes caseworkers' notes
 * @param synthetic true for generated data, never for a real child
 */
public record NewChild(Identity identity, ChildStatus status, @Nullable LocalDate statusDate, @Nullable String notes,
		boolean synthetic) {

}
