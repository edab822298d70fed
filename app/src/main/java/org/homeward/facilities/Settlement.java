package org.homeward.facilities;

import java.util.List;

/**
 * A Ukrainian settlement in the gazetteer.
 *
 * @param ukrainian its name in Ukrainian
 * @param russian its name in Russian
 * @param latin its name in the Ukrainian national romanisation (2010)
 * @param aliases former or other names
 * @param oblast the oblast, in Ukrainian ({@code Донецька}); Kyiv and Sevastopol name
 * themselves
 * @param latitude degrees north, to 4 decimals, approximate to about 1 km
 * @param longitude degrees east
 */
public record Settlement(String ukrainian, String russian, String latin, List<String> aliases, String oblast,
		double latitude, double longitude) {

	public Settlement {
		aliases = List.copyOf(aliases);
	}

}
