package org.homeward.access;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.h2.jdbcx.JdbcDataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit chain holds after any sequence of writes, and a change to any byte of any
 * entry is found and named.
 */
class AuditChainTest {

	private static final String[] COLUMNS = { "occurred_at", "actor", "action", "target_type", "target_id", "detail",
			"remote_address", "prev_hash", "entry_hash" };

	@Property(tries = 15)
	void untouchedChainVerifiesAfterAnyWrites(@ForAll("writes") @Size(min = 1, max = 400) List<Write> writes) {
		Ledger ledger = newLedger();
		writes.forEach(w -> w.applyTo(ledger.audit()));
		var result = ledger.audit().verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.entries()).isEqualTo(writes.size());
	}

	@Property(tries = 60)
	void anyChangedCharacterIsFoundAndNamed(@ForAll("writes") @Size(min = 2, max = 60) List<Write> writes,
			@ForAll @IntRange(min = 0, max = 1000) int entryPick, @ForAll @IntRange(min = 0, max = 8) int column,
			@ForAll @IntRange(min = 0, max = 1000) int positionPick) {
		Ledger ledger = newLedger();
		writes.forEach(w -> w.applyTo(ledger.audit()));
		long seq = 1 + entryPick % writes.size();
		String name = COLUMNS[column];
		String value = ledger.jdbc()
			.sql("select cast(" + name + " as varchar) from audit_entry where seq = :seq")
			.param("seq", seq)
			.query(String.class)
			.optional()
			.orElse(null);
		String tampered = tamper(value, positionPick);
		ledger.jdbc()
			.sql("update audit_entry set " + name + " = :v where seq = :seq")
			.param("v", name.equals("occurred_at") ? Instant.parse(tampered).atOffset(ZoneOffset.UTC) : tampered)
			.param("seq", seq)
			.update();
		var result = ledger.audit().verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(seq);
	}

	@Property(tries = 20)
	void aDeletedEntryIsFound(@ForAll("writes") @Size(min = 2, max = 60) List<Write> writes,
			@ForAll @IntRange(min = 0, max = 1000) int entryPick) {
		Ledger ledger = newLedger();
		writes.forEach(w -> w.applyTo(ledger.audit()));
		long seq = 1 + entryPick % writes.size();
		ledger.jdbc().sql("delete from audit_entry where seq = :seq").param("seq", seq).update();
		var result = ledger.audit().verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(seq);
	}

	/** Changes one character, or gives a value to an empty field. */
	private static String tamper(String value, int positionPick) {
		if (value == null || value.isEmpty()) {
			return "x";
		}
		if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
			return Instant.parse(value.replace(' ', 'T').replaceAll("\\+00(:00)?$", "Z")).plusNanos(1000).toString();
		}
		int at = positionPick % value.length();
		char c = value.charAt(at);
		char replacement = (c == 'a') ? 'b' : 'a';
		return value.substring(0, at) + replacement + value.substring(at + 1);
	}

	@Provide
	Arbitrary<List<Write>> writes() {
		Arbitrary<String> actors = Arbitraries.of("investigator", "caseworker", "анна.коваленко", "operator:root");
		Arbitrary<AuditAction> actions = Arbitraries.of(AuditAction.class);
		Arbitrary<String> details = Arbitraries.strings().ofMaxLength(40);
		return Combinators.combine(actors, actions, details, Arbitraries.of(true, false)).as(Write::new).list();
	}

	record Write(String actor, AuditAction action, String detail, boolean targeted) {

		void applyTo(AuditLedger ledger) {
			ledger.record(this.actor, this.action, this.targeted ? "child" : null,
					this.targeted ? UUID.randomUUID().toString() : null,
					this.detail.isEmpty() ? Map.of() : Map.of("note", this.detail));
		}

	}

	record Ledger(JdbcAuditLedger audit, JdbcClient jdbc) {
	}

	private static Ledger newLedger() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource
			.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		try (var connection = dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V11__audit.sql"));
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return new Ledger(new JdbcAuditLedger(jdbc, Clock.systemUTC()), jdbc);
	}

}
