package org.homeward.facilities;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Ukrainian settlements with coordinates, found by any of their names: Ukrainian,
 * Russian, Latin or a former name, in any case, with or without apostrophes or words such
 * as "м." and "область".
 */
public interface Gazetteer {

	/**
	 * Finds a settlement as the registry writes a place of origin.
	 * @param settlement the settlement as written, or null
	 * @param oblast the oblast as written ({@code Донецька}, {@code Донецкая обл.},
	 * {@code Donetsk}), or null; it decides between settlements of the same name
	 * @return the settlement, or empty when the settlement is not known
	 */
	Optional<Settlement> resolve(@Nullable String settlement, @Nullable String oblast);

	/**
	 * The administrative centre of an oblast, for an origin known only to the oblast.
	 * @param oblast the oblast as written, in any of its names
	 * @return its centre, or empty when the oblast is not known
	 */
	Optional<Settlement> oblastCentre(@Nullable String oblast);

	/**
	 * Every settlement, in file order.
	 * @return the settlements
	 */
	List<Settlement> all();

}
