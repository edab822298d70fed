package org.homeward.matching;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@link BatchLinkingParityTest} in a demo instance of 600 synthetic children: the
 * benchmark's mentions are linked against a full registry and still cluster as well as
 * the command line clusters them alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "homeward.demo=true", "homeward.demo-children=600", "homeward.matching.worker=true",
				"spring.datasource.url=jdbc:h2:mem:parity-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class BatchLinkingDemoParityTest extends BatchLinkingParityTest {

	@Override
	boolean emptyRegistry() {
		return false;
	}

}
