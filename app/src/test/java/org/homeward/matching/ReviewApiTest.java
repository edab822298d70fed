package org.homeward.matching;

import org.homeward.evidence.EvidenceArchive;
import org.homeward.evidence.SourceMentions;
import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.testsupport.DemoInstance;
import org.homeward.testsupport.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review queue as JSON: list, decide, undo; investigators only.
 */
@DemoInstance
class ReviewApiTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	LinkingJobs jobs;

	@Autowired
	ChildRegistry registry;

	@Autowired
	SourceMentions mentions;

	@Autowired
	EvidenceArchive archive;

	@Test
	void investigatorListsDecidesAndUndoesThroughTheApi() {
		Child girl = ReviewFixtures.registerGirl(this.registry, "Перебийніс");
		long source = ReviewFixtures.source(this.archive, "Synthetic list for the API");
		ReviewFixtures.importCsv(this.mentions, this.jobs, source, ReviewFixtures.uncertainRow("a1", "Перебийніс"));
		Http http = new Http(this.port);

		JsonNode queue = http.get("/api/v1/review?sort=age&source=" + source, "demo-investigator").json();
		assertThat(queue.size()).isEqualTo(1);
		JsonNode entry = queue.get(0);
		assertThat(entry.get("item").get("childId").asString()).isEqualTo(girl.id().toString());
		assertThat(entry.get("citation").asString()).isEqualTo("source:" + source + " line 2");
		long id = entry.get("item").get("id").asLong();
		String decision = "/api/v1/review/" + id + "/decision";

		assertThat(http.get("/api/v1/review", "demo-caseworker").status()).isEqualTo(403);
		assertThat(http.post(decision, "demo-investigator", "{}").status()).isEqualTo(400);
		assertThat(http.post(decision, "demo-investigator", "{\"decision\":\"NOT_SURE\"}").status()).isEqualTo(400);
		assertThat(http.get("/api/v1/review?sort=shoe", "demo-investigator").status()).isEqualTo(400);

		Http.Response same = http.post(decision, "demo-investigator", "{\"decision\":\"SAME_CHILD\",\"note\":\"ok\"}");
		assertThat(same.status()).isEqualTo(200);
		assertThat(same.json().get("linkedVersionId").asString()).isNotBlank();
		assertThat(this.registry.get(girl.id()).identities()).hasSize(2);
		assertThat(http.post(decision, "demo-investigator", "{\"decision\":\"DIFFERENT_CHILDREN\"}").status())
			.isEqualTo(409);

		Http.Response undone = http.post("/api/v1/review/" + id + "/undo", "demo-investigator", "");
		assertThat(undone.status()).isEqualTo(200);
		assertThat(undone.json().get("open").asBoolean()).isTrue();
		assertThat(this.registry.get(girl.id()).identities()).hasSize(1);
		assertThat(http.post("/api/v1/review/" + id + "/undo", "demo-investigator", "").status()).isEqualTo(409);
		assertThat(http.post("/api/v1/review/999999/undo", "demo-investigator", "").status()).isEqualTo(404);
	}

}
