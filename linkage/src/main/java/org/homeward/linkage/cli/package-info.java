/**
 * The {@code homeward} command line: {@code link}, {@code generate} and {@code evaluate}.
 */
@NullMarked
package org.homeward.linkage.cli;

import org.jspecify.annotations.NullMarked;
