package org.homeward.matching;

import org.homeward.testsupport.TestPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Linking jobs on a real PostgreSQL server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "HOMEWARD_ADMIN_PASSWORD=test-operator-secret-42", "homeward.matching.worker=true" })
class LinkingJobsPostgresTest extends LinkingJobsContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.configure(registry);
	}

}
