package org.homeward.matching;

import java.util.List;

import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.registry.ChildStatus;
import org.homeward.registry.Identity;
import org.homeward.registry.NewChild;
import org.homeward.registry.PartialDate;
import org.homeward.registry.Sex;
import org.homeward.testsupport.DemoInstance;
import org.homeward.testsupport.Http;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One search box finds a child by any identity version, in any script and spelling.
 */
@DemoInstance
class ChildSearchTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	ChildRegistry registry;

	private String id;

	@BeforeEach
	void registerMykhailo() {
		Child child = this.registry.register(new NewChild(
				new Identity("Михайло", "Коваленко", "Андрійович", Sex.M, PartialDate.parse("2013-05-17"), "Бердянськ",
						"Запорізька", "UKR", List.of(), null, "test", null, null, false),
				ChildStatus.DEPORTED, null, null, true), "tester");
		this.id = child.id().toString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mikhail Kovalenko", "Михаил Коваленко", "Misha Kovalenko 2013", "KOVALENKO MYKHAILO",
			"Mychajlo Kowalenko", "Міша Коваленко" })
	void findsMykhailoByARussifiedOrRomanisedName(String text) {
		JsonNode result = new Http(this.port)
			.get("/api/v1/search/children?q=" + encode(text) + "&birthYear=2013", "demo-investigator")
			.json();
		assertThat(ids(result)).contains(this.id);
		JsonNode hit = hitFor(result, this.id);
		assertThat(hit.get("fields").size()).isPositive();
		assertThat(hit.get("matchedName").asString()).isEqualTo("Михайло Андрійович Коваленко");
	}

	@Test
	void findsAnIdentityAddedLaterAndExplainsWhy() {
		this.registry.addIdentity(java.util.UUID.fromString(this.id),
				Identity.named("Михаил", "Смирнов", PartialDate.parse("2013-06-17")), "tester");
		JsonNode result = new Http(this.port)
			.get("/api/v1/search/children?q=" + encode("Mikhail Smirnov"), "demo-caseworker")
			.json();
		assertThat(ids(result)).contains(this.id);
		assertThat(hitFor(result, this.id).get("matchedName").asString()).isEqualTo("Михаил Смирнов");
	}

	@Test
	void childWhoseFamilyRefusedTracingIsNotFound() {
		this.registry.recordConsent(java.util.UUID.fromString(this.id),
				new org.homeward.registry.Consent(false, List.of(), "mother", java.time.LocalDate.of(2025, 1, 1)),
				"tester");
		JsonNode result = new Http(this.port)
			.get("/api/v1/search/children?q=" + encode("Mykhailo Kovalenko 2013"), "demo-investigator")
			.json();
		assertThat(ids(result)).doesNotContain(this.id);
	}

	@Test
	void analystsCannotSearchByNameAndASearchNeedsAName() {
		Http http = new Http(this.port);
		assertThat(http.get("/api/v1/search/children?q=Kovalenko", "demo-analyst").status()).isEqualTo(403);
		assertThat(http.get("/api/v1/search/children?q=2013", "demo-investigator").status()).isEqualTo(400);
	}

	private static List<String> ids(JsonNode result) {
		List<String> ids = new java.util.ArrayList<>();
		result.get("hits").forEach(h -> ids.add(h.get("child").get("id").asString()));
		return ids;
	}

	private static JsonNode hitFor(JsonNode result, String id) {
		for (JsonNode hit : result.get("hits")) {
			if (hit.get("child").get("id").asString().equals(id)) {
				return hit;
			}
		}
		throw new AssertionError("no hit for " + id);
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
