/**
 * The registry of children: a child has one stable id, many identity versions (each with
 * its source and validity), a guarded status lifecycle and a timeline of events.
 * <p>
 * Public surface: {@link org.homeward.registry.ChildRegistry} and its records.
 * Controllers and the repository are package-private.
 */
@NullMarked
package org.homeward.registry;

import org.jspecify.annotations.NullMarked;
