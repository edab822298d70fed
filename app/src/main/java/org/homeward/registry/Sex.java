package org.homeward.registry;

/**
 * Sex as a source states it; {@code UNKNOWN} when it does not.
 */
public enum Sex {

	M, F, UNKNOWN

}
