package org.homeward.registry;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What batch matching needs to know of a registered child without loading it: its case
 * number (for a stable order), the child it was merged into, and whether its family
 * refused tracing.
 *
 * @param id the child
 * @param caseNumber its case number
 * @param mergedInto the child it was merged into, or null
 * @param tracingRefused whether consent to tracing was recorded as refused
 */
public record LinkableChild(UUID id, String caseNumber, @Nullable UUID mergedInto, boolean tracingRefused) {

}
