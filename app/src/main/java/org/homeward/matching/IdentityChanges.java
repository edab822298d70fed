package org.homeward.matching;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The count of committed identity changes ({@code identity_change_count}) and the id of
 * the database that counts them. Raising the count inside the changing transaction locks
 * its row until commit, so numbers are handed out one at a time and a rolled-back change
 * leaves no mark.
 */
@Repository
class IdentityChanges {

	private final JdbcClient jdbc;

	IdentityChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts one more change; call inside the transaction that makes it.
	 * @return the change's number
	 */
	long next() {
		this.jdbc.sql("update identity_change_count set changes = changes + 1 where id = 1").update();
		return this.jdbc.sql("select changes from identity_change_count where id = 1").query(Long.class).single();
	}

	/**
	 * The database and its count of committed changes, as one watermark.
	 * @return for example {@code 6f1c…/1234}
	 */
	String watermark() {
		this.jdbc.sql("update identity_change_count set database_id = :id where id = 1 and database_id is null")
			.param("id", UUID.randomUUID().toString())
			.update();
		return this.jdbc.sql("select database_id, changes from identity_change_count where id = 1")
			.query((rs, n) -> rs.getString("database_id") + "/" + rs.getLong("changes"))
			.single();
	}

	static long changesOf(String watermark) {
		return Long.parseLong(watermark.substring(watermark.indexOf('/') + 1));
	}

	static String databaseOf(String watermark) {
		return watermark.substring(0, watermark.indexOf('/'));
	}

}
