package org.homeward.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.evidence.EvidenceArchive;
import org.homeward.evidence.Mention;
import org.homeward.evidence.MentionUpload;
import org.homeward.evidence.SourceMentions;
import org.homeward.linkage.Decision;
import org.homeward.linkage.FieldProfile;
import org.homeward.linkage.InputRecord;
import org.homeward.linkage.LinkageEngine;
import org.homeward.linkage.LinkageOptions;
import org.homeward.linkage.LinkageResult;
import org.homeward.linkage.ScoredPair;
import org.homeward.linkage.evaluation.PairwiseEvaluation;
import org.homeward.linkage.evaluation.PairwiseScore;
import org.homeward.linkage.synthetic.BenchmarkFiles;
import org.homeward.linkage.synthetic.SyntheticBenchmark;
import org.homeward.linkage.synthetic.SyntheticRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of batch linking: the synthetic benchmark's records, imported as
 * mentions through the real import path into an empty registry and linked by the
 * background job, cluster as well as the command line's {@code link} clusters them (F1
 * within 0.01), and every pair the engine leaves in the review band between two clusters
 * is in the review queue. {@link BatchLinkingDemoParityTest} does the same in a demo
 * instance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:parity;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"HOMEWARD_ADMIN_PASSWORD=test-operator-secret-42", "homeward.matching.worker=true" })
class BatchLinkingParityTest {

	static final int CHILDREN = 400;

	static final long SEED = 7;

	@Autowired
	SourceMentions mentions;

	@Autowired
	EvidenceArchive archive;

	@Autowired
	LinkingJobs jobs;

	@Autowired
	MentionClusters clusters;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importedBenchmarkLinksAsWellAsTheCommandLine(@TempDir Path dir) throws Exception {
		SyntheticBenchmark benchmark = SyntheticBenchmark.generate(CHILDREN, SEED);
		BenchmarkFiles.write(benchmark, dir);
		Map<String, String> truth = RelinkCommand.readTruth(dir.resolve("truth.csv"));
		long source = ReviewFixtures.source(this.archive, "Synthetic benchmark, seed " + SEED);

		this.mentions.importMentions(source,
				new MentionUpload("records.csv", Files.readAllBytes(dir.resolve("records.csv")), false), "tester");
		assertThat(this.jobs.awaitIdle(Duration.ofMinutes(5))).as("the linking job finished").isTrue();

		PairwiseScore app = this.clusters.score(truth);
		LinkageResult cli = LinkageEngine.create(LinkageOptions.defaults(FieldProfile.person()))
			.link(records(benchmark));
		Map<String, String> cliClusters = new HashMap<>();
		cli.clustersById().forEach((id, cluster) -> cliClusters.put(id, cluster.toString()));
		PairwiseScore command = PairwiseEvaluation.score(truth, cliClusters);

		System.out.printf("batch linking parity: app F1 %.4f (P %.4f R %.4f), command line F1 %.4f (P %.4f R %.4f)%n",
				app.f1(), app.precision(), app.recall(), command.f1(), command.precision(), command.recall());
		assertThat(app.records()).isEqualTo(benchmark.records().size());
		assertThat(Math.abs(app.f1() - command.f1())).isLessThanOrEqualTo(0.01);
		if (emptyRegistry()) {
			assertReviewBandPairsQueued(cli, cliClusters);
		}
		else {
			assertThat(this.jdbc.sql("select count(*) from review_item where state = 'OPEN'")
				.query(Integer.class)
				.single()).isPositive();
		}
	}

	/** Whether the mentions are linked into an empty registry. */
	boolean emptyRegistry() {
		return true;
	}

	/**
	 * Every review-band pair at even odds or better across two clusters is an open item
	 * between their children ({@link LinkingPlan#DUPLICATE_PROBABILITY}).
	 */
	private void assertReviewBandPairsQueued(LinkageResult cli, Map<String, String> cliClusters) {
		Map<String, UUID> childOf = new HashMap<>();
		for (Mention m : this.mentions.mentions(this.archive.sources().get(this.archive.sources().size() - 1).id())) {
			childOf.put(m.fields().recordId(),
					this.jdbc.sql("select child_id from mention_link where mention_id = :m")
						.param("m", m.id())
						.query(UUID.class)
						.single());
		}
		Set<String> queued = new HashSet<>(this.jdbc
			.sql("select child_id, other_child_id from review_item where state = 'OPEN' and other_child_id is not null")
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
			.list());
		List<ScoredPair> band = new ArrayList<>();
		for (ScoredPair p : cli.pairs()) {
			if (p.decision() == Decision.REVIEW && p.probability() >= LinkingPlan.DUPLICATE_PROBABILITY
					&& !cliClusters.get(p.leftId()).equals(cliClusters.get(p.rightId()))) {
				band.add(p);
			}
		}
		assertThat(band).isNotEmpty();
		assertThat(band).allSatisfy(p -> {
			UUID a = childOf.get(p.leftId());
			UUID b = childOf.get(p.rightId());
			UUID first = JdbcDuplicates.first(a, b);
			assertThat(queued).contains(first + "|" + (first.equals(a) ? b : a));
		});
	}

	private static List<InputRecord> records(SyntheticBenchmark benchmark) {
		List<InputRecord> records = new ArrayList<>();
		for (SyntheticRecord r : benchmark.records()) {
			var m = r.mention();
			records.add(InputRecord.person(r.recordId(), m.source(), m.givenName(), m.familyName(), m.patronymic(),
					m.sex(), m.birthDate(), m.settlement(), m.oblast()));
		}
		return records;
	}

}
