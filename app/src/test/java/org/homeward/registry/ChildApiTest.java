package org.homeward.registry;

import org.homeward.testsupport.DemoInstance;
import org.homeward.testsupport.Http;
import org.homeward.testsupport.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry API over real HTTP, against the running application.
 */
@DemoInstance
class ChildApiTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void childrenAreNotReachableWithoutCredentials() {
		assertThat(this.http.get("/api/v1/children", null).status()).isEqualTo(401);
		assertThat(this.http.get("/api/v1/children", "not-a-token").status()).isEqualTo(401);
	}

	@Test
	void investigatorListsSyntheticChildrenWithPaging() {
		Response response = this.http.get("/api/v1/children?size=15&page=1", "demo-investigator");
		assertThat(response.status()).isEqualTo(200);
		JsonNode page = response.json();
		assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(40);
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("size").asInt()).isEqualTo(15);
		assertThat(page.get("totalPages").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(page.get("items")).hasSize(15);
		assertThat(page.get("items").get(0).get("synthetic").asBoolean()).isTrue();
	}

	@Test
	void invalidBirthDateIsRefusedNamingTheFieldAndNothingIsStored() {
		long before = countChildren();
		Response response = this.http.post("/api/v1/children", "demo-investigator",
				"{\"givenName\":\"Марія\",\"familyName\":\"Шевчук\",\"birthDate\":\"2013-02-30\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("birthDate");
		assertThat(response.json().get("errors").get(0).get("message").asString()).contains("2013-02-30");
		assertThat(countChildren()).isEqualTo(before);
	}

	@Test
	void createsChildInCyrillicAndReadsItBack() {
		Response created = this.http.post("/api/v1/children", "demo-caseworker",
				"{\"givenName\":\"Єлизавета\",\"familyName\":\"Олійник\",\"birthDate\":\"2014-09\",\"sex\":\"F\","
						+ "\"oblast\":\"Запорізька\",\"guardianName\":\"Ганна Олійник\",\"guardianContact\":\"+380 00 000 0000\"}");
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		JsonNode child = this.http.get("/api/v1/children/" + id, "demo-caseworker").json();
		assertThat(child.get("primaryIdentity").get("givenName").asString()).isEqualTo("Єлизавета");
		assertThat(child.get("primaryIdentity").get("birthDate").asString()).isEqualTo("2014-09");
		assertThat(child.get("status").asString()).isEqualTo("REPORTED_MISSING");
	}

	@Test
	void guardianContactOnlyForCaseworkers() {
		String id = this.http
			.post("/api/v1/children", "demo-caseworker",
					"{\"givenName\":\"Богдан\",\"familyName\":\"Руденко\",\"guardianName\":\"Ольга Руденко\","
							+ "\"guardianContact\":\"+380 00 111 2222\",\"documentNumber\":\"I-СН 000001\"}")
			.json()
			.get("id")
			.asString();
		JsonNode asCaseworker = this.http.get("/api/v1/children/" + id, "demo-caseworker").json();
		JsonNode asInvestigator = this.http.get("/api/v1/children/" + id, "demo-investigator").json();
		assertThat(asCaseworker.get("primaryIdentity").get("guardian").has("contact")).isTrue();
		assertThat(asInvestigator.get("primaryIdentity").get("guardian").has("contact")).isFalse();
		assertThat(asInvestigator.get("primaryIdentity").get("guardian").get("name").asString())
			.isEqualTo("Ольга Руденко");
		assertThat(asInvestigator.get("primaryIdentity").get("givenName").asString()).isEqualTo("Богдан");
	}

	@Test
	void returnedToDeportedWithoutReasonIsRefusedAndNothingChanges() {
		String id = this.http.post("/api/v1/children", "demo-investigator", "{\"familyName\":\"Гребенюк\"}")
			.json()
			.get("id")
			.asString();
		assertThat(status(id, "DEPORTED", "2022-05-01", "").status()).isEqualTo(200);
		assertThat(status(id, "RETURNED", "2023-05-01", "").status()).isEqualTo(200);
		Response refused = status(id, "DEPORTED", "2024-05-01", "");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("RETURNED").contains("reason");
		JsonNode child = this.http.get("/api/v1/children/" + id, "demo-investigator").json();
		assertThat(child.get("status").asString()).isEqualTo("RETURNED");
		assertThat(child.get("statusHistory")).hasSize(3);
	}

	@Test
	void addsIdentityVersionAndEvent() {
		String id = this.http
			.post("/api/v1/children", "demo-investigator",
					"{\"givenName\":\"Михайло\",\"familyName\":\"Коваленко\",\"birthDate\":\"2013-05-17\"}")
			.json()
			.get("id")
			.asString();
		Response identity = this.http.post("/api/v1/children/" + id + "/identities", "demo-investigator",
				"{\"givenName\":\"Михаил\",\"familyName\":\"Смирнов\",\"birthDate\":\"2013-06-17\",\"citizenship\":\"RUS\","
						+ "\"imposed\":true,\"validFrom\":\"2023-03-01\"}");
		assertThat(identity.status()).isEqualTo(201);
		Response event = this.http.post("/api/v1/children/" + id + "/events", "demo-investigator",
				"{\"type\":\"RENAMING\",\"date\":\"2023-03\",\"description\":\"renamed after adoption\","
						+ "\"sources\":[\"synthetic source\"]}");
		assertThat(event.status()).isEqualTo(201);
		JsonNode child = event.json();
		assertThat(child.get("identities")).hasSize(2);
		assertThat(child.get("identities").get(1).get("imposed").asBoolean()).isTrue();
		assertThat(child.get("events").get(0).get("type").asString()).isEqualTo("RENAMING");
	}

	@Test
	void unknownIdIsNotFoundAndMalformedIdIsBadRequest() {
		assertThat(this.http.get("/api/v1/children/00000000-0000-0000-0000-000000000000", "demo-investigator").status())
			.isEqualTo(404);
		assertThat(this.http.get("/api/v1/children/not-a-uuid", "demo-investigator").status()).isEqualTo(400);
	}

	@Test
	void malformedJsonFieldIsNamed() {
		Response response = this.http.post("/api/v1/children", "demo-investigator",
				"{\"familyName\":\"Бойко\",\"validFrom\":\"2023-13-45\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("validFrom");
	}

	@Test
	void openApiDescriptionAndHealthArePublic() {
		Response openapi = this.http.get("/api/v1/openapi.json", null);
		assertThat(openapi.status()).isEqualTo(200);
		assertThat(openapi.body()).contains("/api/v1/children/{id}/status");
		assertThat(this.http.get("/actuator/health", null).body()).contains("UP");
	}

	private Response status(String id, String status, String date, String reason) {
		return this.http.post("/api/v1/children/" + id + "/status", "demo-investigator",
				"{\"status\":\"%s\",\"date\":\"%s\",\"reason\":\"%s\"}".formatted(status, date, reason));
	}

	private long countChildren() {
		return this.jdbc.sql("select count(*) from child").query(Long.class).single();
	}

}
