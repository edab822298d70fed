/**
 * Text handling for names in Cyrillic and Latin script: normalisation, script and
 * language detection, romanisation under several standards and phonetic skeletons.
 */
@NullMarked
package org.homeward.linkage.text;

import org.jspecify.annotations.NullMarked;
