package org.homeward.matching;

import java.util.List;
import java.util.UUID;

import org.homeward.access.AuditEntry;
import org.homeward.access.AuditLedger;
import org.homeward.evidence.EvidenceArchive;
import org.homeward.evidence.Mention;
import org.homeward.evidence.SourceMentions;
import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.ChildStatus;
import org.homeward.registry.IdentityVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imported mentions are linked, queued or registered, and reviewers' decisions hold and
 * can be reversed, on every database Homeward runs on. Subclasses choose the database.
 * Every child and mention is synthetic.
 */
abstract class LinkingContract {

	@Autowired
	LinkingJobs jobs;

	@Autowired
	ChildRegistry registry;

	@Autowired
	SourceMentions mentions;

	@Autowired
	EvidenceArchive archive;

	@Autowired
	ReviewQueue queue;

	@Autowired
	MentionLinker linker;

	@Autowired
	AuditLedger audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importingMentionsLinksTheClearOnesQueuesTheUncertainAndRegistersTheRest() {
		Child girl = ReviewFixtures.registerGirl(this.registry, "Кравчишин");
		long source = ReviewFixtures.source(this.archive, "Synthetic list one");
		ReviewFixtures.importCsv(this.mentions, this.jobs, source,
				"c1,list,Bohdana,Kravchyshyn,Olehivna,F,2014-03-09,Melitopol,Zaporizka,,p. 1\n"
						+ ReviewFixtures.uncertainRow("u1", "Кравчишин")
						+ "n1,list,Ярема,Невідомий,Тарасович,M,2008-11-30,Ізюм,Харківська,,p. 4\n");
		List<Mention> imported = this.mentions.mentions(source);
		assertThat(outcome(imported.get(0))).isEqualTo("LINKED");
		assertThat(outcome(imported.get(1))).isEqualTo("REVIEW");
		assertThat(outcome(imported.get(2))).isEqualTo("NEW_CHILD");
		assertThat(this.registry.get(girl.id()).identities()).extracting(v -> v.identity().source())
			.containsExactly("family request", "source:" + source + " line 2");
		assertThat(this.queue.open(JdbcReviewRepository.Order.CLOSENESS, source)).singleElement()
			.satisfies(item -> assertThat(item.childId()).isEqualTo(girl.id()));
		Child unidentified = this.registry.get(childOf(imported.get(2)));
		assertThat(unidentified.status()).isEqualTo(ChildStatus.REPORTED_MISSING);
		assertThat(unidentified.notes()).isEqualTo("unidentified: from source " + source);
		assertThat(this.linker.link(imported.get(0).id())).as("linked once only").isEqualTo(MentionOutcome.LINKED);
		assertThat(this.registry.get(girl.id()).identities()).hasSize(2);
	}

	@Test
	void differentChildrenDecisionIsHonoured() {
		Child girl = ReviewFixtures.registerGirl(this.registry, "Гнатишин");
		long source = ReviewFixtures.source(this.archive, "Synthetic list two");
		ReviewFixtures.importCsv(this.mentions, this.jobs, source, ReviewFixtures.uncertainRow("u2", "Гнатишин"));
		ReviewItem item = this.queue.open(JdbcReviewRepository.Order.CLOSENESS, source).get(0);
		Mention mention = this.mentions.mentions(source).get(0);
		assertThat(this.linker.candidates(mention)).extracting(ChildCandidate::childId).contains(girl.id());

		ReviewItem decided = this.queue.decide(item.id(), ReviewDecision.DIFFERENT_CHILDREN, null, "reviewer");

		assertThat(decided.open()).isFalse();
		assertThat(this.linker.candidates(mention)).extracting(ChildCandidate::childId).doesNotContain(girl.id());
		assertThat(this.queue.open(JdbcReviewRepository.Order.SOURCE, source)).isEmpty();
		assertThat(outcome(mention)).isEqualTo("REJECTED");
		assertThat(this.registry.get(girl.id()).identities()).hasSize(1);
		assertThatThrownBy(() -> this.queue.decide(item.id(), ReviewDecision.SAME_CHILD, null, "reviewer"))
			.isInstanceOf(IllegalStateException.class);
		assertThat(this.audit.forTarget("review-item", Long.toString(item.id()))).extracting(AuditEntry::actor)
			.containsExactly("reviewer");
	}

	@Test
	void decisionCanBeUndoneAndTheChildIsAsBefore() {
		Child girl = ReviewFixtures.registerGirl(this.registry, "Ярошенчук");
		long source = ReviewFixtures.source(this.archive, "Synthetic list three");
		ReviewFixtures.importCsv(this.mentions, this.jobs, source, ReviewFixtures.uncertainRow("u3", "Ярошенчук"));
		ReviewItem item = this.queue.open(JdbcReviewRepository.Order.AGE, source).get(0);
		List<IdentityVersion> before = this.registry.get(girl.id()).identities();

		ReviewItem same = this.queue.decide(item.id(), ReviewDecision.SAME_CHILD, null, "reviewer");
		assertThat(this.registry.get(girl.id()).identities()).hasSize(2)
			.last()
			.satisfies(v -> assertThat(v.id()).isEqualTo(same.linkedVersionId()));

		ReviewItem undone = this.queue.undo(item.id(), "reviewer");

		assertThat(undone.open()).isTrue();
		assertThat(undone.decision()).isNull();
		assertThat(this.registry.get(girl.id()).identities()).isEqualTo(before);
		assertThat(this.queue.open(JdbcReviewRepository.Order.CLOSENESS, source)).extracting(ReviewItem::id)
			.containsExactly(item.id());
		assertThat(this.registry.get(girl.id()).events()).extracting(e -> e.event().description())
			.anyMatch(d -> d.contains("SAME_CHILD undone"));
		assertThatThrownBy(() -> this.queue.undo(item.id(), "reviewer")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void notSureNeedsANoteAndKeepsTheItemInTheQueue() {
		ReviewFixtures.registerGirl(this.registry, "Стецюренко");
		long source = ReviewFixtures.source(this.archive, "Synthetic list four");
		ReviewFixtures.importCsv(this.mentions, this.jobs, source, ReviewFixtures.uncertainRow("u4", "Стецюренко"));
		ReviewItem item = this.queue.open(JdbcReviewRepository.Order.CLOSENESS, source).get(0);
		assertThatThrownBy(() -> this.queue.decide(item.id(), ReviewDecision.NOT_SURE, " ", "reviewer"))
			.isInstanceOf(IllegalArgumentException.class);
		ReviewItem unsure = this.queue.decide(item.id(), ReviewDecision.NOT_SURE, "birth day missing", "reviewer");
		assertThat(unsure.open()).isTrue();
		assertThat(unsure.note()).isEqualTo("birth day missing");
		assertThat(this.queue.assign(item.id(), "second").assignedTo()).isEqualTo("second");
	}

	@Test
	void mentionsLeftWithoutALinkGetAJobAtStart() {
		long source = ReviewFixtures.source(this.archive, "Synthetic list five");
		ReviewFixtures.importCsv(this.mentions, this.jobs, source,
				"p1,list,Всеволод,Несхожий,,M,2009,Ізюм,Харківська,,p. 1\n");
		Mention mention = this.mentions.mentions(source).get(0);
		// as for a mention imported before linking jobs existed
		this.jdbc.sql("delete from mention_link where mention_id = :m").param("m", mention.id()).update();

		assertThat(this.jobs.enqueuePending()).isPresent();
		ReviewFixtures.awaitLinking(this.jobs);
		// the unidentified child registered for it at import is its cluster now
		assertThat(outcome(mention)).isEqualTo("LINKED");
		assertThat(this.jobs.enqueuePending()).isEmpty();
	}

	private String outcome(Mention mention) {
		return this.jdbc.sql("select outcome from mention_link where mention_id = :m")
			.param("m", mention.id())
			.query(String.class)
			.single();
	}

	private UUID childOf(Mention mention) {
		return this.jdbc.sql("select child_id from mention_link where mention_id = :m")
			.param("m", mention.id())
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.single();
	}

}
