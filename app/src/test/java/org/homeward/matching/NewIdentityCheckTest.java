package org.homeward.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.homeward.access.AuditEntry;
import org.homeward.access.AuditLedger;
import org.homeward.registry.ChildRegistry;
import org.homeward.testsupport.DemoInstance;
import org.homeward.testsupport.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child registered, or an identity version added, through the API is checked against
 * the registry at once: another record of the same child becomes a duplicate proposal in
 * the review queue, never a merge. Every name is invented; each test has a family name of
 * its own.
 */
@DemoInstance
class NewIdentityCheckTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	ChildRegistry registry;

	@Autowired
	AuditLedger audit;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void registeringARussifiedFormOfARegisteredChildProposesThemAsOne() {
		UUID existing = register("Михайло", "Білоконенко", "2013-05-14", "Маріуполь", "Донецька");
		UUID russified = register("Михаил", "Белоконенко", "2013-05-14", "Мариуполь", "Донецкая");

		List<JsonNode> proposals = queuedDuplicates(existing, russified);
		assertThat(proposals).as("one open proposal, visible to an investigator").singleElement().satisfies(item -> {
			assertThat(item.get("open").asBoolean()).isTrue();
			assertThat(item.hasNonNull("decision")).isFalse();
		});
		assertThat(itemsWith(russified)).as("no other child proposed").hasSize(1);
		assertThat(this.registry.get(russified).mergedInto()).as("never merged automatically").isNull();
		assertThat(this.registry.get(existing).mergedInto()).isNull();
		long item = proposals.get(0).get("id").asLong();
		assertThat(this.audit.forTarget("review-item", Long.toString(item))).singleElement()
			.satisfies(entry -> assertThat(entry.actor()).isEqualTo(MentionLinker.ACTOR))
			.extracting(AuditEntry::detail)
			.asString()
			.contains(existing.toString(), russified.toString(), "\"recordedBy\":\"caseworker\"");
	}

	@Test
	void registeringAnUnrelatedChildProposesNothing() {
		register("Остап", "Незбіжний", "2010-02-01", "Херсон", "Херсонська");
		UUID unrelated = register("Ярослав", "Відмінний", "2015-08-20", "Ужгород", "Закарпатська");

		assertThat(itemsWith(unrelated)).isEmpty();
	}

	@Test
	void aPairDeclaredDifferentChildrenIsNotProposedAgain() {
		UUID first = register("Тарас", "Чорноіваненко", "2012-10-03", "Бердянськ", "Запорізька");
		UUID second = register("Тарас", "Черноиваненко", "2012-10-03", "Бердянск", "Запорожская");
		long item = queuedDuplicates(first, second).get(0).get("id").asLong();
		assertThat(this.http
			.post("/api/v1/review/" + item + "/decision", "demo-investigator", "{\"decision\":\"DIFFERENT_CHILDREN\"}")
			.status()).isEqualTo(200);

		Http.Response added = this.http.post("/api/v1/children/" + second + "/identities", "demo-caseworker",
				identity("Тарас", "Чорноіваненко", "2012-10-03", "Бердянськ", "Запорізька"));

		assertThat(added.status()).isEqualTo(201);
		assertThat(queuedDuplicates(first, second)).isEmpty();
		assertThat(itemsWith(second)).as("only the decided proposal").hasSize(1);
	}

	private UUID register(String given, String family, String birthDate, String settlement, String oblast) {
		Http.Response created = this.http.post("/api/v1/children", "demo-caseworker",
				identity(given, family, birthDate, settlement, oblast));
		assertThat(created.status()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	/**
	 * A boy's identity as the API takes it, with a guardian as the demo instance's other
	 * tests expect of its first registered child.
	 */
	private static String identity(String given, String family, String birthDate, String settlement, String oblast) {
		return "{\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"sex\":\"M\"," + "\"birthDate\":\""
				+ birthDate + "\",\"settlement\":\"" + settlement + "\",\"oblast\":\"" + oblast
				+ "\",\"source\":\"family request\",\"guardianName\":\"Ганна " + family
				+ "\",\"guardianContact\":\"+380 00 000 0000\"}";
	}

	/** The open duplicate proposals between two children in the investigator's queue. */
	private List<JsonNode> queuedDuplicates(UUID a, UUID b) {
		Http.Response queue = this.http.get("/api/v1/review", "demo-investigator");
		assertThat(queue.status()).isEqualTo(200);
		List<JsonNode> found = new ArrayList<>();
		for (JsonNode entry : queue.json()) {
			JsonNode item = entry.get("item");
			JsonNode other = item.path("otherChildId");
			if (other.isString() && Set.of(item.get("childId").asString(), other.asString())
				.equals(Set.of(a.toString(), b.toString()))) {
				found.add(item);
			}
		}
		return found;
	}

	/** Every review item, open or decided, that names the child. */
	private List<Long> itemsWith(UUID child) {
		return this.jdbc.sql("select id from review_item where child_id = :c or other_child_id = :c")
			.param("c", child)
			.query(Long.class)
			.list();
	}

}
