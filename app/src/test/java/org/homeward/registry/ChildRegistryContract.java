package org.homeward.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the registry must do on every database it runs on. Subclasses choose the database.
 */
abstract class ChildRegistryContract {

	@Autowired
	ChildRegistry registry;

	@Autowired
	JdbcClient jdbc;

	private final String marker = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void registersChildWithFirstIdentityAndStatus() {
		Child child = register("Михайло", "Коваленко", "2013-05-17");
		assertThat(child.caseNumber()).matches("HW-\\d{6}");
		assertThat(child.status()).isEqualTo(ChildStatus.REPORTED_MISSING);
		assertThat(child.primaryIdentity().identity().givenName()).isEqualTo("Михайло");
		assertThat(child.statusHistory()).singleElement().satisfies(s -> assertThat(s.from()).isNull());
		assertThat(this.registry.get(child.id())).isEqualTo(child);
	}

	@Test
	void keepsEveryIdentityVersionInOrderInItsScript() {
		Child child = register("Михайло", "Коваленко", "2013-05-17");
		Identity imposed = new Identity("Михаил", "Смирнов", "Андреевич", Sex.M, PartialDate.parse("2013-06"), null,
				"Донецька", "RUS", List.of(new IdentityDocument("RU_BIRTH_CERTIFICATE", "V-АГ 123456")), null,
				"synthetic adoption database", LocalDate.of(2023, 2, 1), null, true);
		this.registry.addIdentity(child.id(), imposed, "tester");
		this.registry.addIdentity(child.id(), Identity.named("MYKHAILO", "KOVALENKO", PartialDate.parse("2013")),
				"tester");
		Child reloaded = this.registry.get(child.id());
		assertThat(reloaded.identities()).extracting(IdentityVersion::sequence).containsExactly(1, 2, 3);
		assertThat(reloaded.identities().get(1).identity()).isEqualTo(imposed);
		assertThat(reloaded.identities().get(2).identity().givenName()).isEqualTo("MYKHAILO");
		assertThat(reloaded.primaryIdentity().identity().givenName()).isEqualTo("Михайло");
	}

	@Test
	void removesAnIdentityVersionButNeverTheLast() {
		Child child = register("Михайло", "Коваленко", "2013-05-17");
		Child added = this.registry.addIdentity(child.id(), Identity.named("Михаил", "Смирнов", null), "tester");
		UUID extra = added.identities().get(1).id();
		assertThatThrownBy(() -> this.registry.removeIdentity(child.id(), extra, " ", "tester"))
			.isInstanceOf(IllegalArgumentException.class);
		Child after = this.registry.removeIdentity(child.id(), extra, "linked by mistake", "tester");
		assertThat(after.identities()).isEqualTo(child.identities());
		UUID only = child.identities().get(0).id();
		assertThatThrownBy(() -> this.registry.removeIdentity(child.id(), only, "no", "tester"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.registry.removeIdentity(child.id(), extra, "again", "tester"))
			.isInstanceOf(ChildNotFoundException.class);
	}

	@Test
	void refusesReturnedToDeportedWithoutReasonAndWritesNothing() {
		Child child = register("Олена", "Бойко", "2010");
		this.registry.changeStatus(child.id(), ChildStatus.DEPORTED, LocalDate.of(2022, 4, 1), "", "tester");
		this.registry.changeStatus(child.id(), ChildStatus.RETURNED, LocalDate.of(2023, 4, 1), "", "tester");
		Child before = this.registry.get(child.id());
		assertThatThrownBy(() -> this.registry.changeStatus(child.id(), ChildStatus.DEPORTED, LocalDate.of(2024, 1, 1),
				"", "tester"))
			.isInstanceOf(IllegalStatusTransitionException.class);
		assertThat(this.registry.get(child.id())).isEqualTo(before);
		Child again = this.registry.changeStatus(child.id(), ChildStatus.DEPORTED, LocalDate.of(2024, 1, 1),
				"taken again from the same town", "tester");
		assertThat(again.statusHistory()).extracting(StatusChange::to)
			.containsExactly(ChildStatus.REPORTED_MISSING, ChildStatus.DEPORTED, ChildStatus.RETURNED,
					ChildStatus.DEPORTED);
	}

	@Test
	void filtersByStatusOblastBirthYearAndName() {
		String oblast = "Херсонська-" + this.marker;
		Child a = register(identity("Анна", "Ткачук", "2011-03", oblast));
		register(identity("Іван", "Ткачук", "2012", oblast));
		this.registry.changeStatus(a.id(), ChildStatus.DEPORTED, LocalDate.of(2022, 11, 1), "", "tester");
		assertThat(this.registry.find(new ChildQuery(null, oblast.toUpperCase(), null, null, 0, 50)).totalItems())
			.isEqualTo(2);
		assertThat(this.registry.find(new ChildQuery(ChildStatus.DEPORTED, oblast, 2011, null, 0, 50)).items())
			.extracting(ChildSummary::id)
			.containsExactly(a.id());
		assertThat(this.registry.find(new ChildQuery(null, oblast, null, "анна ТКАЧУК", 0, 50)).items())
			.extracting(ChildSummary::id)
			.containsExactly(a.id());
	}

	@Test
	void pagesThroughChildrenInCaseOrder() {
		String oblast = "Луганська-" + this.marker;
		for (int i = 0; i < 5; i++) {
			register(identity("Дитина" + i, "Петренко", "2015", oblast));
		}
		ChildPage first = this.registry.find(new ChildQuery(null, oblast, null, null, 0, 2));
		ChildPage last = this.registry.find(new ChildQuery(null, oblast, null, null, 2, 2));
		assertThat(first.totalItems()).isEqualTo(5);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(first.items()).hasSize(2);
		assertThat(last.items()).hasSize(1);
		assertThat(last.hasNext()).isFalse();
		assertThat(first.items().get(0).caseNumber()).isLessThan(last.items().get(0).caseNumber());
	}

	@Test
	void correctsIdentityVersionKeepingItsIdAndSequence() {
		Child child = register("Софія", "Мельник", "2014-07-01");
		UUID versionId = child.primaryIdentity().id();
		this.registry.correctIdentity(child.id(), versionId,
				Identity.named("Софія", "Мельник", PartialDate.parse("2014-01-07")), "tester");
		IdentityVersion corrected = this.registry.get(child.id()).identities().get(0);
		assertThat(corrected.id()).isEqualTo(versionId);
		assertThat(corrected.sequence()).isEqualTo(1);
		assertThat(corrected.identity().birthDate()).hasToString("2014-01-07");
	}

	@Test
	void addsEventsToTimelineInDateOrder() {
		Child child = register("Дарина", "Руденко", "2012");
		this.registry.addEvent(
				child.id(), new NewEvent(EventType.ADOPTION, PartialDate.parse("2023-02"), null,
						"entered in an adoption database", List.of("synthetic source 1", "synthetic source 2")),
				"tester");
		this.registry.addEvent(child.id(), new NewEvent(EventType.DEPORTATION, PartialDate.parse("2022-09-10"),
				"Херсон", "taken by bus", List.of()), "tester");
		List<ChildEvent> events = this.registry.get(child.id()).events();
		assertThat(events).extracting(e -> e.event().type()).containsExactly(EventType.DEPORTATION, EventType.ADOPTION);
		assertThat(events.get(1).event().sources()).containsExactly("synthetic source 1", "synthetic source 2");
	}

	@Test
	void unknownChildIsNotFound() {
		UUID unknown = UUID.randomUUID();
		assertThatThrownBy(() -> this.registry.get(unknown)).isInstanceOf(ChildNotFoundException.class);
		assertThatThrownBy(() -> this.registry.addEvent(unknown,
				new NewEvent(EventType.OTHER, null, null, "x", List.of()), "tester"))
			.isInstanceOf(ChildNotFoundException.class);
	}

	@Test
	void failedRegistrationLeavesNothingBehind() {
		long before = this.jdbc.sql("select count(*) from identity_version").query(Long.class).single();
		long children = this.registry.count();
		Identity tooLong = Identity.named("Х".repeat(300), "Коваленко", null);
		assertThatThrownBy(() -> this.registry
			.register(new NewChild(tooLong, ChildStatus.REPORTED_MISSING, null, null, false), "tester"))
			.isInstanceOf(RuntimeException.class);
		assertThat(this.registry.count()).isEqualTo(children);
		assertThat(this.jdbc.sql("select count(*) from identity_version").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void handsEveryIdentityVersionToAnIndexBuilder() {
		Child child = register("Марко", "Іваненко", "2016");
		this.registry.addIdentity(child.id(), Identity.named("Марк", "Иваненко", PartialDate.parse("2016")), "tester");
		List<String> seen = new java.util.ArrayList<>();
		this.registry.eachIdentity((id, version) -> {
			if (id.equals(child.id())) {
				seen.add(version.identity().givenName());
			}
		});
		assertThat(seen).containsExactly("Марко", "Марк");
	}

	@Test
	void mergedRecordLeavesTheListsAndRefusesChangesUntilSplit() {
		String oblast = "Миколаївська-" + this.marker;
		Child survivor = register(identity("Ілля", "Ткаченко", "2011", oblast));
		Child merged = register(identity("Илья", "Ткаченко", "2011", oblast));
		this.registry.merge(survivor.id(), merged.id(), "same child in two sources", "tester");
		assertThat(this.registry.find(new ChildQuery(null, oblast, null, null, 0, 50)).items())
			.extracting(ChildSummary::id)
			.containsExactly(survivor.id());
		assertThatThrownBy(() -> this.registry.addEvent(merged.id(),
				new NewEvent(EventType.OTHER, null, null, "x", List.of()), "tester"))
			.isInstanceOf(ChildMergedException.class)
			.hasMessageContaining(survivor.id().toString());
		assertThatThrownBy(() -> this.registry.merge(merged.id(), survivor.id(), "wrong way round", "tester"))
			.isInstanceOf(ChildMergedException.class);
		this.registry.split(merged.id(), "twins, not one child", "tester");
		assertThat(this.registry.find(new ChildQuery(null, oblast, null, null, 0, 50)).totalItems()).isEqualTo(2);
	}

	@Test
	void linkableChildrenTellMergesAndRefusedTracingInCaseNumberOrder() {
		String oblast = "Херсонська-" + this.marker;
		Child survivor = register(identity("Данило", "Бондарчук", "2012", oblast));
		Child merged = register(identity("Даниил", "Бондарчук", "2012", oblast));
		Child refused = register(identity("Софія", "Бондарчук", "2014", oblast));
		Child plain = register(identity("Софія", "Гребенюк", "2014", oblast));
		this.registry.merge(survivor.id(), merged.id(), "same child in two sources", "tester");
		this.registry.recordConsent(refused.id(),
				new Consent(false, List.of(), "mother", java.time.LocalDate.of(2024, 1, 5)), "tester");
		this.registry.recordConsent(plain.id(),
				new Consent(true, List.of(), "aunt", java.time.LocalDate.of(2024, 1, 5)), "tester");
		List<LinkableChild> all = this.registry.linkableChildren();
		assertThat(all).extracting(LinkableChild::caseNumber).isSorted();
		java.util.Map<java.util.UUID, LinkableChild> byId = new java.util.HashMap<>();
		all.forEach((c) -> byId.put(c.id(), c));
		assertThat(byId.get(survivor.id()))
			.isEqualTo(new LinkableChild(survivor.id(), survivor.caseNumber(), null, false));
		assertThat(byId.get(merged.id()).mergedInto()).isEqualTo(survivor.id());
		assertThat(byId.get(refused.id()).tracingRefused()).isTrue();
		assertThat(byId.get(plain.id()).tracingRefused()).isFalse();
	}

	private Child register(String given, String family, String born) {
		return register(Identity.named(given, family, PartialDate.parse(born)));
	}

	private Child register(Identity identity) {
		return this.registry.register(new NewChild(identity, ChildStatus.REPORTED_MISSING, null, null, false),
				"tester");
	}

	private static Identity identity(String given, String family, String born, String oblast) {
		return new Identity(given, family, null, Sex.UNKNOWN, PartialDate.parse(born), null, oblast, null, List.of(),
				null, null, null, null, false);
	}

}
