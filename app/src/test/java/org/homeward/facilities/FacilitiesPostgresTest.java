package org.homeward.facilities;

import org.homeward.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facilities contract on a real PostgreSQL server.
 */
@SpringBootTest(properties = "HOMEWARD_ADMIN_PASSWORD=test-operator-secret-42")
class FacilitiesPostgresTest extends FacilitiesContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		String url = TestPostgres.newDatabase();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Test
	void runsOnARealPostgresqlServer() {
		assertThat(this.jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
	}

}
