/**
 * Where the linkage engine meets the registry: an index of every identity version of
 * every child, kept in step with the registry, and the cross-script search over it.
 * <p>
 * Public surface: {@link org.homeward.matching.ChildSearch} and its records.
 */
@NullMarked
package org.homeward.matching;

import org.jspecify.annotations.NullMarked;
