package org.homeward;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Capabilities talk only through each other's public surface, without cycles.
 */
class ModularityTest {

	@Test
	void capabilitiesRespectTheirBoundaries() {
		ApplicationModules.of(HomewardApplication.class).verify();
	}

}
