/**
 * The Homeward record-linkage engine: normalises names in any script, scores candidate
 * pairs and clusters records that describe the same person. Plain Java: no Spring, no
 * SQL, no HTTP.
 */
@NullMarked
package org.homeward.linkage;

import org.jspecify.annotations.NullMarked;
