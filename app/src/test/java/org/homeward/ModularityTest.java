package org.homeward;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Capabilities talk only through each other's public surface, without cycles.
 */
class ModularityTest {

	@Test
	void capabilitiesRespectTheirBoundaries() {
		// the linkage engine is a plain library on the class path, not a module of the
		// application
		ApplicationModules
			.of(HomewardApplication.class, JavaClass.Predicates.resideInAPackage("org.homeward.linkage.."))
			.verify();
	}

}
