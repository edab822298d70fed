package org.homeward.matching;

import java.util.List;

import org.homeward.registry.ChildStatus;
import org.homeward.registry.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * One search box for children: any identity version, in any script and spelling. "Mikhail
 * Kovalenko", "Михаил Коваленко" and "Misha Kovalenko 2013" all find Михайло Коваленко.
 */
public interface ChildSearch {

	/**
	 * Searches.
	 * @param text names in any order and script, and optionally a four-digit birth year
	 * @param filters narrower filters
	 * @param viewer who searches: restricted children they are not granted are left out
	 * @param limit the most children to return, 1 to 100
	 * @return the children found, strongest match first
	 * @throws IllegalArgumentException when the text holds no name
	 */
	List<SearchHit> search(String text, Filters filters, Viewer viewer, int limit);

	/**
	 * Optional filters on the children found.
	 *
	 * @param birthYear only children with an identity born that year
	 * @param oblast only children with an identity from this oblast (case-insensitive)
	 * @param status only children with this status
	 */
	record Filters(@Nullable Integer birthYear, @Nullable String oblast, @Nullable ChildStatus status) {

		public static final Filters NONE = new Filters(null, null, null);

	}

}
