package org.homeward.votes;

import org.homeward.testsupport.TestPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The votes contract on a real PostgreSQL server.
 */
@SpringBootTest(properties = "HOMEWARD_ADMIN_PASSWORD=test-operator-secret-42")
class VotesPostgresTest extends VotesContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.configure(registry);
	}

}
