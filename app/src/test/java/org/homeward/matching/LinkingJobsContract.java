package org.homeward.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.evidence.EvidenceArchive;
import org.homeward.evidence.Mention;
import org.homeward.evidence.SourceMentions;
import org.homeward.matching.LinkingAction.Outcome;
import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.ChildStatus;
import org.homeward.registry.Identity;
import org.homeward.registry.Consent;
import org.homeward.registry.NewChild;
import org.homeward.registry.PartialDate;
import org.homeward.registry.Sex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Registering a child proposes its other records at once; re-linking proposes duplicates
 * within the registry, changes nothing the second time, and resumes where an interrupted
 * job stopped; duplicate proposals merge and split through the review queue. Subclasses
 * choose the database. Every child is synthetic.
 */
abstract class LinkingJobsContract {

	@Autowired
	ChildRegistry registry;

	@Autowired
	SourceMentions mentions;

	@Autowired
	EvidenceArchive archive;

	@Autowired
	ReviewQueue queue;

	@Autowired
	LinkingJobs jobs;

	@Autowired
	JdbcLinkingJobs store;

	@Autowired
	BatchLinker linker;

	@Autowired
	LinkingSteps steps;

	@Autowired
	JdbcClient jdbc;

	@Test
	void relinkProposesTwoRecordsOfOneChildAndMergesOnlyWhenAReviewerSaysSo() {
		Child first = ReviewFixtures.registerGirl(this.registry, "Двійченко");
		Child second = ReviewFixtures.registerGirl(this.registry, "Двійченко");
		forgetProposalsMadeAtRegistration(first.id());

		relink();

		ReviewItem item = duplicateOf(first.id(), second.id());
		assertThat(item.open()).isTrue();
		assertThat(this.registry.get(second.id()).mergedInto()).as("never merged automatically").isNull();
		this.queue.decide(item.id(), ReviewDecision.SAME_CHILD, null, "reviewer");
		assertThat(this.registry.get(second.id()).mergedInto()).isEqualTo(first.id());

		this.queue.undo(item.id(), "reviewer");
		assertThat(this.registry.get(second.id()).mergedInto()).isNull();
		assertThat(this.queue.item(item.id()).open()).isTrue();

		this.queue.decide(item.id(), ReviewDecision.DIFFERENT_CHILDREN, null, "reviewer");
		Map<Outcome, Integer> again = this.jobs.summary(relink().id());
		assertThat(again.get(Outcome.DUPLICATE)).as("declared different, never proposed again").isZero();
	}

	@Test
	void registeringASecondRecordOfAChildProposesThemAtOnceUnlessTheMatchingRegisteredIt() {
		Child first = ReviewFixtures.registerGirl(this.registry, "Одразуненко");
		Child second = ReviewFixtures.registerGirl(this.registry, "Одразуненко");
		Child linked = this.registry.register(
				new NewChild(first.primaryIdentity().identity(), ChildStatus.REPORTED_MISSING, null, null, true),
				MentionLinker.ACTOR);

		ReviewItem item = duplicateOf(first.id(), second.id());
		assertThat(item.open()).isTrue();
		assertThat(item.decision()).isNull();
		assertThat(this.registry.get(second.id()).mergedInto()).as("never merged automatically").isNull();
		assertThat(proposalsWith(linked.id())).as("the matching's own jobs propose its children").isZero();
	}

	@Test
	void aChildWhoseFamilyRefusedTracingIsNotProposed() {
		Child refused = ReviewFixtures.registerGirl(this.registry, "Злата", "Незгодненко");
		this.registry.recordConsent(refused.id(), new Consent(false, List.of(), "mother", LocalDate.of(2024, 1, 5)),
				"tester");

		Child second = ReviewFixtures.registerGirl(this.registry, "Злата", "Незгодненко");

		assertThat(proposalsWith(refused.id())).isZero();
		assertThat(proposalsWith(second.id())).isZero();
	}

	@Test
	void relinkTwiceChangesNothingTheSecondTime() {
		ReviewFixtures.registerGirl(this.registry, "Повторенко");
		long source = ReviewFixtures.source(this.archive, "Synthetic list for re-linking");
		ReviewFixtures.importCsv(this.mentions, this.jobs, source,
				"r1,list,Bohdana,Povtorenko,Olehivna,F,2014-03-09,Melitopol,Zaporizka,,p. 1\n"
						+ "r2,list,Зиновій,Неповторний,Арсенович,M,2005-02-17,Ромни,Сумська,,p. 2\n");
		relink();
		int versions = versions();

		Map<Outcome, Integer> second = this.jobs.summary(relink().id());

		assertThat(second).containsEntry(Outcome.LINKED, 0)
			.containsEntry(Outcome.QUEUED, 0)
			.containsEntry(Outcome.NEW_CHILD, 0)
			.containsEntry(Outcome.DUPLICATE, 0)
			.containsEntry(Outcome.FAILED, 0);
		assertThat(second.get(Outcome.UNCHANGED)).isPositive();
		assertThat(versions()).isEqualTo(versions);
	}

	@Test
	void interruptedJobResumesAtItsFirstActionNotApplied() {
		long source = ReviewFixtures.source(this.archive, "Synthetic list for resuming");
		ReviewFixtures.awaitLinking(this.jobs);
		// a re-link whose process stops after its first action; the import's own job is
		// dropped, so that only the re-link links these mentions
		long job = this.store.insert(LinkingJob.Kind.RELINK, "tester", Instant.now(), List.of());
		assertThat(this.store.claim(job, Instant.now())).isTrue();
		ReviewFixtures.importCsvWithoutLinking(this.mentions, source,
				"i1,list,Орест,Перервенко,,M,2010,Ізюм,Харківська,,p. 1\n"
						+ "i2,list,Ореста,Зупиненко,,F,2011,Буча,Київська,,p. 2\n"
						+ "i3,list,Остап,Продовженко,,M,2012,Ірпінь,Київська,,p. 3\n");
		this.jdbc
			.sql("delete from linking_job_mention where job_id in (select id from linking_job where state = 'QUEUED')")
			.update();
		this.jdbc.sql("delete from linking_job where state = 'QUEUED'").update();
		BatchLinker.Plan plan = this.linker.plan(null);
		this.store.savePlan(job, plan.actions(), plan.unchanged(), Instant.now());
		this.store.applied(job, 0, this.steps.apply(plan.actions().get(0)).outcome(), null, Instant.now());
		this.jdbc.sql("update linking_job set heartbeat_at = :t where id = :job")
			.param("t", Instant.now().minus(Duration.ofMinutes(5)).atOffset(ZoneOffset.UTC))
			.param("job", job)
			.update();

		ReviewFixtures.awaitLinking(this.jobs);

		LinkingJob resumed = this.jobs.job(job);
		assertThat(resumed.state()).isEqualTo(LinkingJob.State.DONE);
		assertThat(resumed.done()).isEqualTo(resumed.total()).isEqualTo(plan.actions().size());
		assertThat(this.jobs.summary(job)).containsEntry(Outcome.FAILED, 0);
		for (Mention m : this.mentions.mentions(source)) {
			assertThat(this.jdbc.sql("select count(*) from identity_version where source_ref = :s")
				.param("s", MentionRecords.citation(m))
				.query(Integer.class)
				.single()).as("linked exactly once").isEqualTo(1);
		}
	}

	@Test
	void relinkRefusesWhileAnotherJobRuns() {
		ReviewFixtures.awaitLinking(this.jobs);
		long job = this.store.insert(LinkingJob.Kind.IMPORT, "tester", Instant.now(), List.of());
		assertThat(this.store.claim(job, Instant.now())).isTrue();
		try {
			assertThatThrownBy(() -> this.jobs.relinkNow("tester", LinkingProgress.NONE))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("is running");
		}
		finally {
			this.store.finish(job, LinkingJob.State.DONE, null, Instant.now());
		}
	}

	/*
	 * Two different girls, namesakes born a week apart in other towns, each with a family
	 * request that gives only the month: those two requests meet (even above the match
	 * weight), but the engine refuses to put the children's registry records in one
	 * cluster, so the pair stays in the review band and proposes nothing.
	 */
	@Test
	void relinkDoesNotProposeNamesakesWhoseRecordsOnlyMeetInTheReviewBand() {
		Child first = namesake("Михайлівна", "2006-07-09", "Нова Каховка", "Херсонська");
		Child second = namesake("Олегівна", "2006-07-16", "Енергодар", "Запорізька");
		forgetProposalsMadeAtRegistration(first.id());
		forgetProposalsMadeAtRegistration(second.id());

		relink();

		assertThat(proposalsWith(first.id())).isZero();
		assertThat(proposalsWith(second.id())).isZero();
	}

	/*
	 * Two news items about a girl, the same in both, make a new child: the engine links
	 * them to each other but not to the registered girl they resemble, whose own two
	 * records (registry and family request) form a cluster of their own. "Olena
	 * Probnenko, born 2013-05-03" (no town) against Олена Пробненко born 2012-05-03 in
	 * Ізюм is a pair in the review band below even odds (about 11 bits, posterior about
	 * 0.2): no proposal. "Hanna Perevirchenko Ihorivna, born 2013-05-03, Bucha" against
	 * Ганна Перевірченко Ігорівна is above even odds (about 14.4 bits, 0.7) yet below the
	 * match threshold: proposed.
	 */
	@Test
	void importProposesANewChildAsADuplicateOnlyAtEvenOddsOrBetter() {
		Child weak = girlWithTwoRecords("Олена", "Пробненко");
		Child strong = girlWithTwoRecords("Ганна", "Перевірченко");
		forgetProposalsMadeAtRegistration(weak.id());
		forgetProposalsMadeAtRegistration(strong.id());
		long source = ReviewFixtures.source(this.archive, "Synthetic news for duplicate proposals");

		ReviewFixtures.importCsv(this.mentions, this.jobs, source,
				"d1,news,Olena,Probnenko,,F,2013-05-03,,,,p. 1\n" + "d2,news,Olena,Probnenko,,F,2013-05-03,,,,p. 2\n"
						+ "d3,news,Hanna,Perevirchenko,Ihorivna,F,2013-05-03,Bucha,,,p. 3\n"
						+ "d4,news,Hanna,Perevirchenko,Ihorivna,F,2013-05-03,Bucha,,,p. 4\n");

		assertThat(proposalsWith(weak.id())).isZero();
		assertThat(proposalsWith(strong.id())).isEqualTo(1);
	}

	private Child girlWithTwoRecords(String given, String family) {
		Child child = this.registry.register(new NewChild(
				new Identity(given, family, "Ігорівна", Sex.F, PartialDate.parse("2012-05-03"), "Ізюм", "Харківська",
						"UKR", List.of(), null, "civil registry extract", null, null, false),
				ChildStatus.REPORTED_MISSING, null, null, true), "tester");
		this.registry.addIdentity(child.id(), new Identity(given, family, "Ігорівна", Sex.F,
				PartialDate.parse("2012-05"), "Ізюм", null, null, List.of(), null, "family request", null, null, false),
				"tester");
		return child;
	}

	private Child namesake(String patronymic, String born, String settlement, String oblast) {
		Child child = this.registry.register(new NewChild(
				new Identity("Марія", "Тезкоренко", patronymic, Sex.F, PartialDate.parse(born), settlement, oblast,
						"UKR", List.of(), null, "civil registry extract", null, null, false),
				ChildStatus.REPORTED_MISSING, null, null, true), "tester");
		this.registry.addIdentity(child.id(),
				new Identity("Маша", "Тезкоренко", null, Sex.F, PartialDate.parse(born.substring(0, 7)), null, null,
						null, List.of(), null, "family request", null, null, false),
				"tester");
		return child;
	}

	private LinkingJob relink() {
		ReviewFixtures.awaitLinking(this.jobs);
		return this.jobs.relinkNow("tester", LinkingProgress.NONE);
	}

	private ReviewItem duplicateOf(UUID a, UUID b) {
		UUID first = JdbcDuplicates.first(a, b);
		long id = this.jdbc.sql("select id from review_item where child_id = :a and other_child_id = :b")
			.param("a", first)
			.param("b", first.equals(a) ? b : a)
			.query(Long.class)
			.single();
		return this.queue.item(id);
	}

	/**
	 * Drops the duplicate proposals made when the child was registered, as if it had been
	 * registered with {@code homeward.matching.check-new-identities=false}.
	 */
	private void forgetProposalsMadeAtRegistration(UUID child) {
		this.jdbc.sql("delete from review_item where child_id = :c or other_child_id = :c").param("c", child).update();
	}

	private int proposalsWith(UUID child) {
		return this.jdbc.sql("select count(*) from review_item where child_id = :c or other_child_id = :c")
			.param("c", child)
			.query(Integer.class)
			.single();
	}

	private int versions() {
		return this.jdbc.sql("select count(*) from identity_version").query(Integer.class).single();
	}

}
