/**
 * Where the linkage engine meets the registry: an index of every identity version of
 * every child, kept in step with the registry; the cross-script search over it; and the
 * linking of imported mentions (linked, queued for review, or registered as unidentified
 * children) with the review queue where investigators decide the uncertain pairs.
 * <p>
 * Public surface: {@link org.homeward.matching.ChildSearch} and its records,
 * {@link org.homeward.matching.ReviewItem} and
 * {@link org.homeward.matching.ReviewDecision}, and the {@code relink} command
 * ({@link org.homeward.matching.RelinkCommand}). Linking listens for
 * {@link org.homeward.evidence.MentionsImported} and links each import in a background
 * job ({@link org.homeward.matching.LinkingJobs}) that also proposes duplicates within
 * the registry; an identity a person records is checked for duplicates as soon as it is
 * committed ({@link org.homeward.matching.NewIdentityCheck}).
 */
@NullMarked
package org.homeward.matching;

import org.jspecify.annotations.NullMarked;
