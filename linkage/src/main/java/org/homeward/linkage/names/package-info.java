/**
 * Name knowledge loaded from data files: given-name concepts that join Ukrainian, Russian
 * and Latin forms and diminutives, and Ukrainian–Russian surname correspondences.
 */
@NullMarked
package org.homeward.linkage.names;

import org.jspecify.annotations.NullMarked;
