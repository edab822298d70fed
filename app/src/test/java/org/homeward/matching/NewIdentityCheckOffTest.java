package org.homeward.matching;

import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code homeward.matching.check-new-identities=false} leaves new identities to the next
 * re-link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:check-off;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"HOMEWARD_ADMIN_PASSWORD=test-operator-secret-42", "homeward.matching.check-new-identities=false" })
class NewIdentityCheckOffTest {

	@Autowired
	ChildRegistry registry;

	@Autowired
	IdentityIndex index;

	@Autowired
	JdbcClient jdbc;

	@Test
	void switchedOffRegisteringASecondRecordProposesNothing() {
		Child first = ReviewFixtures.registerGirl(this.registry, "Вимкненко");
		ReviewFixtures.registerGirl(this.registry, "Вимкненко");

		assertThat(this.index.ready()).as("the index was there to ask").isTrue();
		assertThat(this.jdbc.sql("select count(*) from review_item where child_id = :c or other_child_id = :c")
			.param("c", first.id())
			.query(Integer.class)
			.single()).isZero();
	}

}
