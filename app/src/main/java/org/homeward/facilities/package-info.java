/**
 * Facilities where deported children were taken (camps, cadet schools, orphanages, ...),
 * with their names in Ukrainian, Russian and English, coordinates, operator and
 * documented activities; children's stays at them; each child's journey with its distance
 * from home; the gazetteer of Ukrainian settlements; the map.
 * <p>
 * Public surface: {@link org.homeward.facilities.Facilities},
 * {@link org.homeward.facilities.Gazetteer} and their records. Children are read only
 * through {@link org.homeward.registry.ChildRegistry}; controllers, the repository and
 * the file formats are package-private.
 */
@NullMarked
package org.homeward.facilities;

import org.jspecify.annotations.NullMarked;
