package org.homeward.access;

import org.homeward.testsupport.DemoInstance;
import org.homeward.testsupport.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restricted child is seen only by the users and roles it names; to everyone else it
 * does not exist.
 */
@DemoInstance
class RestrictionTest {

	@Value("${local.server.port}")
	int port;

	@Test
	void restrictedChildIsInvisibleToThoseNotNamed() {
		Http http = new Http(this.port);
		String id = http
			.post("/api/v1/children", "demo-caseworker", "{\"givenName\":\"Тарас\",\"familyName\":\"Захищений\"}")
			.json()
			.get("id")
			.asString();
		Http.Response restricted = http.put("/api/v1/children/" + id + "/restriction", "demo-caseworker",
				"{\"restricted\":true,\"grantees\":[\"role:LEGAL\"]}");
		assertThat(restricted.status()).isEqualTo(200);
		assertThat(restricted.json().get("restricted").asBoolean()).isTrue();

		assertThat(http.get("/api/v1/children/" + id, "demo-caseworker").status()).isEqualTo(200);
		assertThat(http.get("/api/v1/children/" + id, "demo-legal").status()).isEqualTo(200);
		assertThat(http.get("/api/v1/children/" + id, "demo-investigator").status()).isEqualTo(404);
		assertThat(http
			.post("/api/v1/children/" + id + "/events", "demo-investigator",
					"{\"type\":\"OTHER\",\"description\":\"x\"}")
			.status()).isEqualTo(404);
		assertThat(names(http.get("/api/v1/children?name=Захищений", "demo-investigator").json())).isZero();
		assertThat(names(http.get("/api/v1/children?name=Захищений", "demo-legal").json())).isEqualTo(1);

		http.put("/api/v1/children/" + id + "/restriction", "demo-caseworker", "{\"restricted\":false}");
		assertThat(http.get("/api/v1/children/" + id, "demo-investigator").status()).isEqualTo(200);
	}

	@Test
	void consentIsRecordedAndShown() {
		Http http = new Http(this.port);
		String id = http.post("/api/v1/children", "demo-caseworker", "{\"familyName\":\"Згодна\"}")
			.json()
			.get("id")
			.asString();
		JsonNode child = http
			.put("/api/v1/children/" + id + "/consent", "demo-caseworker",
					"{\"tracing\":true,\"shareWith\":[\"ICRC\"],\"givenBy\":\"mother\",\"date\":\"2025-01-15\"}")
			.json();
		assertThat(child.get("consent").get("tracing").asBoolean()).isTrue();
		assertThat(child.get("consent").get("shareWith").get(0).asString()).isEqualTo("ICRC");
		assertThat(http
			.put("/api/v1/children/" + id + "/consent", "demo-caseworker",
					"{\"tracing\":true,\"shareWith\":[\"icrc; drop\"],\"givenBy\":\"mother\",\"date\":\"2025-01-15\"}")
			.status()).isEqualTo(400);
	}

	private static long names(JsonNode page) {
		return page.get("totalItems").asLong();
	}

}
