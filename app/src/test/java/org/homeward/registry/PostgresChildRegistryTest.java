package org.homeward.registry;

import org.homeward.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry contract on a real PostgreSQL server.
 */
@SpringBootTest(properties = "HOMEWARD_ADMIN_PASSWORD=test-operator-secret-42")
class PostgresChildRegistryTest extends ChildRegistryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.configure(registry);
	}

	@Test
	void runsOnARealPostgresqlServer() {
		assertThat(this.jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
	}

}
