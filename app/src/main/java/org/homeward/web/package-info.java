/**
 * What every page and API shares: error responses, locale, the layout, the public landing
 * page. No capability's data lives here.
 */
@NullMarked
package org.homeward.web;

import org.jspecify.annotations.NullMarked;
