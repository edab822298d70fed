package org.homeward.facilities;

/**
 * How firmly the evidence supports a documented activity.
 */
public enum Confidence {

	LOW, MEDIUM, HIGH

}
