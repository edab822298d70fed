package org.homeward.matching;

import org.homeward.evidence.EvidenceArchive;
import org.homeward.evidence.SourceMentions;
import org.homeward.registry.ChildRegistry;
import org.homeward.testsupport.DemoInstance;
import org.homeward.testsupport.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decisions made through the review API move the proposed model; an admin adopts it, the
 * index scores with it, and the admin returns to the built-in model.
 */
@DemoInstance
class MatchingModelApiTest {

	private static final String[] NAMES = { "Кривоніс", "Загорулько", "Дрозденко", "Шкурупій", "Гарбузенко", "Чорновус",
			"Підкова", "Небийбатько", "Вернигора", "Сірошапка", "Коломієць", "Непийпиво" };

	@Value("${local.server.port}")
	int port;

	@Autowired
	ChildRegistry registry;

	@Autowired
	SourceMentions mentions;

	@Autowired
	EvidenceArchive archive;

	@Autowired
	IdentityIndex index;

	@Autowired
	LinkingJobs jobs;

	@Test
	void decisionsThatFamilyNamesMisleadLowerTheirWeightAndTheAdminAdoptsTheModel() {
		Http http = new Http(this.port);
		JsonNode before = http.get("/api/v1/matching/model", "demo-admin").json();
		long source = ReviewFixtures.source(this.archive, "Synthetic list for the model");
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < NAMES.length; i++) {
			ReviewFixtures.registerGirl(this.registry, "Евеліна", NAMES[i]);
			rows.append(ReviewFixtures.uncertainRow("m" + i, "Евеліна", NAMES[i]));
		}
		ReviewFixtures.importCsv(this.mentions, this.jobs, source, rows.toString());
		JsonNode queue = http.get("/api/v1/review?source=" + source, "demo-investigator").json();
		assertThat(queue.size()).isEqualTo(NAMES.length);
		for (int i = 0; i < queue.size(); i++) {
			String decision = (i < 9) ? "DIFFERENT_CHILDREN" : "SAME_CHILD";
			assertThat(http
				.post("/api/v1/review/" + queue.get(i).get("item").get("id").asLong() + "/decision",
						"demo-investigator", "{\"decision\":\"" + decision + "\"}")
				.status()).isEqualTo(200);
		}

		JsonNode report = http.get("/api/v1/matching/model", "demo-admin").json();
		assertThat(report.get("differentPairs").asInt()).isEqualTo(before.get("differentPairs").asInt() + 9);
		assertThat(report.get("samePairs").asInt()).isEqualTo(before.get("samePairs").asInt() + 3);
		JsonNode results = report.get("currentResults");
		assertThat(results.get("truePositives").asInt() + results.get("falsePositives").asInt()
				+ results.get("falseNegatives").asInt() + results.get("trueNegatives").asInt())
			.isEqualTo(report.get("samePairs").asInt() + report.get("differentPairs").asInt());
		assertThat(weight(report.get("proposed"), "family_name", "EXACT"))
			.isLessThan(weight(report.get("current"), "family_name", "EXACT"));
		assertThat(http.get("/api/v1/matching/model", "demo-investigator").status()).isEqualTo(403);
		assertThat(http.post("/api/v1/matching/model/adopt", "demo-investigator", "{}").status()).isEqualTo(403);

		double proposedWeight = weight(report.get("proposed"), "family_name", "EXACT");
		try {
			JsonNode adopted = http.post("/api/v1/matching/model/adopt", "demo-admin", "{}").json();
			long id = adopted.get("current").get("id").asLong();
			assertThat(id).isPositive();
			assertThat(adopted.get("adoptions").get(0).get("modelId").asLong()).isEqualTo(id);
			assertThat(adopted.get("adoptions").get(0).get("adoptedBy").asString()).isEqualTo("admin");
			assertThat(this.index.engine().model().weight(1, org.homeward.linkage.ComparisonLevel.EXACT))
				.isCloseTo(proposedWeight, org.assertj.core.data.Offset.offset(1e-9));
			assertThat(http.post("/api/v1/matching/model/models/999999/adopt", "demo-admin", "{}").status())
				.isEqualTo(404);
		}
		finally {
			JsonNode back = http.post("/api/v1/matching/model/models/0/adopt", "demo-admin", "{}").json();
			assertThat(back.get("current").get("id").asLong()).isZero();
		}
		assertThat(this.index.engine().model().weight(1, org.homeward.linkage.ComparisonLevel.EXACT))
			.isEqualTo(weight(before.get("current"), "family_name", "EXACT"));
	}

	private static double weight(JsonNode model, String field, String level) {
		for (JsonNode l : model.get("levels")) {
			if (l.get("field").asString().equals(field) && l.get("level").asString().equals(level)) {
				return l.get("weight").asDouble();
			}
		}
		throw new AssertionError("no level " + field + " " + level);
	}

}
