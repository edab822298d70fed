/**
 * Where the linkage engine meets the registry: an index of every identity version of
 * every child, kept in step with the registry; the cross-script search over it; and the
 * linking of imported mentions (linked, queued for review, or registered as unidentified
 * children) with the review queue where investigators decide the uncertain pairs.
 * <p>
 * Public surface: {@link org.homeward.matching.ChildSearch} and its records,
 * {@link org.homeward.matching.ReviewItem} and
 * {@link org.homeward.matching.ReviewDecision}. Linking listens for
 * {@link org.homeward.evidence.MentionsImported}.
 */
@NullMarked
package org.homeward.matching;

import org.jspecify.annotations.NullMarked;
