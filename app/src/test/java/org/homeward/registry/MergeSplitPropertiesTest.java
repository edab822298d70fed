package org.homeward.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.homeward.access.AuditAction;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditLedger;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merge followed by a split leaves both children exactly as they were, whatever their
 * identities, events and statuses.
 */
class MergeSplitPropertiesTest {

	private static ChildRegistryService registry;

	@BeforeContainer
	static void database() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:merge-split;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
				+ "DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true).load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		registry = new ChildRegistryService(new JdbcChildRepository(jdbc), new JdbcChildQueries(jdbc), event -> {
		}, Clock.systemUTC(), new NoLedger());
	}

	@AfterContainer
	static void forget() {
		registry = null;
	}

	@Property(tries = 40)
	void mergeThenSplitRestoresBothChildren(@ForAll("children") ChildPlan a, @ForAll("children") ChildPlan b) {
		Child survivor = a.create(registry);
		Child merged = b.create(registry);

		Child combined = registry.merge(survivor.id(), merged.id(), "same child: synthetic test", "tester");
		assertThat(combined.identities()).hasSize(survivor.identities().size() + merged.identities().size());
		assertThat(combined.events()).hasSize(survivor.events().size() + merged.events().size());
		assertThat(registry.get(merged.id()).mergedInto()).isEqualTo(survivor.id());

		registry.split(merged.id(), "different children after all", "tester");
		assertThat(registry.get(survivor.id())).isEqualTo(survivor);
		assertThat(registry.get(merged.id())).isEqualTo(merged);
	}

	@Provide
	Arbitrary<ChildPlan> children() {
		Arbitrary<String> given = Arbitraries.of("Михайло", "Mikhail", "Олена", "Єлизавета", "Артем", "Sofia");
		Arbitrary<String> family = Arbitraries.of("Коваленко", "Смирнов", "Олійник", "KOVALENKO", "Бойко");
		Arbitrary<List<String>> identities = Combinators.combine(given, family)
			.as((g, f) -> g + "|" + f)
			.list()
			.ofMinSize(1)
			.ofMaxSize(4);
		Arbitrary<Integer> events = Arbitraries.integers().between(0, 3);
		Arbitrary<Boolean> deported = Arbitraries.of(true, false);
		return Combinators.combine(identities, events, deported).as(ChildPlan::new);
	}

	record ChildPlan(List<String> names, int events, boolean deported) {

		Child create(ChildRegistry registry) {
			String[] first = this.names.get(0).split("\\|");
			Child child = registry.register(new NewChild(Identity.named(first[0], first[1], PartialDate.parse("2012")),
					ChildStatus.REPORTED_MISSING, LocalDate.of(2022, 3, 1), null, true), "tester");
			for (String name : this.names.subList(1, this.names.size())) {
				String[] parts = name.split("\\|");
				registry.addIdentity(child.id(), Identity.named(parts[0], parts[1], PartialDate.parse("2012-05")),
						"tester");
			}
			for (int i = 0; i < this.events; i++) {
				registry.addEvent(child.id(), new NewEvent(EventType.TRANSFER, PartialDate.parse("2022-0" + (i + 4)),
						"place " + i, "synthetic transfer " + i, List.of("synthetic source")), "tester");
			}
			if (this.deported) {
				registry.changeStatus(child.id(), ChildStatus.DEPORTED, LocalDate.of(2022, 4, 1), "", "tester");
			}
			return registry.get(child.id());
		}

	}

	/** The ledger is tested on its own; here it only has to accept entries. */
	static final class NoLedger implements AuditLedger {

		@Override
		public AuditEntry record(String actor, AuditAction action, String targetType, String targetId,
				Map<String, ?> detail) {
			return new AuditEntry(0, java.time.Instant.now(), actor, action, targetType, targetId, null, null, "", "");
		}

		@Override
		public LedgerVerification verify() {
			return new LedgerVerification(0, null, null, "");
		}

		@Override
		public List<AuditEntry> forTarget(String targetType, String targetId) {
			return List.of();
		}

		@Override
		public List<AuditEntry> latest(String actor, AuditAction action, int limit) {
			return List.of();
		}

	}

}
