/**
 * A generator of <em>synthetic</em> cross-script benchmark data: invented Ukrainian
 * children, each described by several sources in their own scripts, spellings and habits
 * (a Ukrainian registry, family requests, a Russian adoption database, news, social
 * media, official lists), with a ground truth of which records describe the same child.
 * No record describes a real child; every record id starts with {@code syn-}.
 * <p>
 * The name lists and spelling rules here are written independently of the engine's
 * name-concept data, so that the benchmark stays an independent check of the engine.
 */
@NullMarked
package org.homeward.linkage.synthetic;

import org.jspecify.annotations.NullMarked;
