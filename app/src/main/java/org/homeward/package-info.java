/**
 * Homeward's application root.
 */
@NullMarked
package org.homeward;

import org.jspecify.annotations.NullMarked;
