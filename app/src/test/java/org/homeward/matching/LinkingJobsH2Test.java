package org.homeward.matching;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Linking jobs on the embedded H2 database (the context of {@link LinkingH2Test}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:linking;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"HOMEWARD_ADMIN_PASSWORD=test-operator-secret-42", "homeward.matching.worker=true" })
class LinkingJobsH2Test extends LinkingJobsContract {

}
