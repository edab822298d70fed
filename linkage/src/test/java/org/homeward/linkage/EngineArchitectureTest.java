package org.homeward.linkage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engine is a library: it must not depend on Spring, JDBC or HTTP.
 */
class EngineArchitectureTest {

	private final JavaClasses engine = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.homeward.linkage");

	@Test
	void engineKnowsNothingOfSpringSqlOrHttp() {
		noClasses().that()
			.resideInAPackage("org.homeward.linkage..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..",
					"java.net.http..")
			.allowEmptyShould(true)
			.check(this.engine);
	}

}
