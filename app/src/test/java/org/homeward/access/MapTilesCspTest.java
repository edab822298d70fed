package org.homeward.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A configured map tile server is the one image origin the Content-Security-Policy allows
 * besides this server; none is allowed by default.
 */
class MapTilesCspTest {

	@Test
	void allowsOnlyTheConfiguredTileServersOrigin() {
		assertThat(SecurityConfiguration.tileOrigin("")).isEmpty();
		assertThat(SecurityConfiguration.tileOrigin("/tiles/{z}/{x}/{y}.png")).isEmpty();
		assertThat(SecurityConfiguration.tileOrigin("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png"))
			.isEqualTo(" https://tiles.example.org:8443");
		assertThat(SecurityConfiguration.tileOrigin("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
			.isEqualTo(" https://*.tile.example.org");
	}

}
