package org.homeward.facilities;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The facilities contract on the embedded H2 database, in PostgreSQL mode as deployed.
 */
@SpringBootTest(
		properties = {
				"spring.datasource.url=jdbc:h2:mem:facilities;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"HOMEWARD_ADMIN_PASSWORD=test-operator-secret-42" })
class FacilitiesH2Test extends FacilitiesContract {

}
