/**
 * Synthetic demo data: children who never existed, generated from name lists, for demos
 * and tests. Never a real child's data.
 */
@NullMarked
package org.homeward.demo;

import org.jspecify.annotations.NullMarked;
