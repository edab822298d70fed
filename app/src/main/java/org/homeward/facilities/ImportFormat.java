package org.homeward.facilities;

import java.util.Locale;

/**
 * The file formats facilities are exchanged in.
 */
public enum ImportFormat {

	/** RFC 4180 CSV, UTF-8, one facility a line, with a header row. */
	CSV,
	/** RFC 7946 GeoJSON: a FeatureCollection of Points. */
	GEOJSON;

	/**
	 * The format a file name says.
	 * @param fileName e.g. {@code camps.geojson}
	 * @return the format
	 * @throws IllegalArgumentException when the name ends in neither .csv nor
	 * .geojson/.json
	 */
	public static ImportFormat ofFileName(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			return CSV;
		}
		if (name.endsWith(".geojson") || name.endsWith(".json")) {
			return GEOJSON;
		}
		throw new IllegalArgumentException("file: name it .csv or .geojson, not " + fileName);
	}

}
