package org.homeward.facilities;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditLedger;
import org.homeward.registry.ChildRegistry;
import org.homeward.testsupport.DemoInstance;
import org.homeward.testsupport.Http;
import org.homeward.testsupport.Http.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facilities API over real HTTP, against the running demo instance with its real,
 * publicly documented facilities and synthetic children.
 */
@DemoInstance
class FacilityApiTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	Facilities facilities;

	@Autowired
	ChildRegistry registry;

	@Autowired
	AuditLedger audit;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void anyoneListsFacilitiesAndExportsThemAsGeoJsonAndCsv() {
		Response list = this.http.get("/api/v1/facilities?type=CAMP_OR_SANATORIUM", null);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().size()).isGreaterThanOrEqualTo(4);
		Response geojson = this.http.get("/api/v1/facilities.geojson?country=PRK", null);
		assertThat(geojson.json().get("features")).singleElement()
			.satisfies(f -> assertThat(f.get("properties").get("name_en").asString()).contains("Songdowon"));
		assertThat(this.http.get("/api/v1/facilities.csv", null).body()).startsWith("id,name_uk,name_ru,name_en");
	}

	@Test
	void investigatorCreatesAndUpdatesAFacilityAndUnknownIdsAreNotFound() throws Exception {
		String body = """
				{"names":{"ukrainian":"Тестовий кадетський корпус","english":"Test cadet school %s"},
				 "type":"CADET_SCHOOL","country":"RUS","region":"Kazan",
				 "location":{"latitude":%s,"longitude":%s,"precisionMeters":500,"method":"ADDRESS"},
				 "activities":[{"kind":"MILITARY_TRAINING","confidence":"HIGH","evidence":"drills"}],
				 "sources":["TEST source"]}""";
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Response created = this.http.post("/api/v1/facilities", "demo-investigator",
				body.formatted(marker, "55.79", "49.12"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("flags")).isEmpty();
		String id = created.json().get("id").asString();
		HttpRequest put = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/facilities/" + id))
			.header("Authorization", "Bearer demo-investigator")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body.formatted(marker, "49.12", "55.79"), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> updated = HttpClient.newHttpClient()
			.send(put, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(new Response(200, updated.body()).json().get("flags").get(0).asString())
			.startsWith("lat/lon probably swapped");
		assertThat(this.http.post("/api/v1/facilities", "demo-caseworker", body.formatted(marker, "55.79", "49.12"))
			.status()).isEqualTo(403);
		assertThat(this.http.get("/api/v1/facilities/" + UUID.randomUUID(), null).status()).isEqualTo(404);
		assertThat(this.http.get("/facilities/" + UUID.randomUUID(), null).status()).isEqualTo(404);
	}

	@Test
	void latitude95IsRefusedNamingTheFieldAndNothingIsStored() {
		long before = this.facilities.count();
		Response response = this.http.post("/api/v1/facilities", "demo-investigator", """
				{"names":{"english":"Camp Test"},"type":"HOTEL","country":"RUS",
				 "location":{"latitude":95,"longitude":37.6,"precisionMeters":100,"method":"ADDRESS"}}""");
		assertThat(response.status()).isEqualTo(400);
		JsonNode error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("location.latitude");
		assertThat(error.get("message").asString()).contains("95").contains("-90 to 90");
		assertThat(this.facilities.count()).isEqualTo(before);
	}

	@Test
	void geoJsonExportReimportsToTheSameFacilities() throws Exception {
		String before = this.http.get("/api/v1/facilities", null).body();
		String exported = this.http.get("/api/v1/facilities.geojson", null).body();
		Response imported = upload("facilities.geojson", exported, "demo-investigator");
		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.json().get("created").asInt()).isZero();
		assertThat(imported.json().get("updated").asInt())
			.isEqualTo(this.http.get("/api/v1/facilities", null).json().size());
		assertThat(details(this.http.get("/api/v1/facilities", null).json()))
			.isEqualTo(details(new Http.Response(200, before).json()));
	}

	@Test
	void importFlagsSwappedCoordinatesAndARefusedFileStoresNothing() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Response flagged = upload("swapped.csv",
				"name_en,type,country,latitude,longitude\n" + "Swapped " + marker + ",CADET_SCHOOL,RUS,49.12,55.79\n",
				"demo-investigator");
		assertThat(flagged.status()).isEqualTo(200);
		JsonNode warning = flagged.json().get("warnings").get(0);
		assertThat(warning.get("where").asString()).isEqualTo("line 2");
		assertThat(warning.get("message").asString()).startsWith("lat/lon probably swapped");

		long before = this.facilities.count();
		Response refused = upload("bad.csv", "name_en,type,country,latitude,longitude\n" + "Good " + marker
				+ ",HOTEL,RUS,55.75,37.62\n" + "Bad " + marker + ",HOTEL,RUS,95,37.62\n", "demo-investigator");
		assertThat(refused.status()).isEqualTo(400);
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("where").asString()).isEqualTo("line 3");
		assertThat(error.get("field").asString()).isEqualTo("latitude");
		assertThat(this.facilities.count()).isEqualTo(before);
		assertThat(upload("bad.csv", "name_en,type,country\nX,HOTEL,RUS\n", "demo-caseworker").status()).isEqualTo(403);
	}

	@Test
	void journeyIsReadLikeAChildAndAudited() {
		Facility artek = this.facilities.find(new FacilityQuery(null, "UKR", null))
			.stream()
			.filter(f -> "Artek International Children's Center".equals(f.details().names().english()))
			.findFirst()
			.orElseThrow();
		UUID child = this.facilities.staysAt(artek.id()).get(0).stay().childId();
		Response journey = this.http.get("/api/v1/children/" + child + "/journey", "demo-legal");
		assertThat(journey.status()).isEqualTo(200);
		JsonNode stops = journey.json().get("stops");
		assertThat(stops.get(0).get("kind").asString()).isEqualTo("ORIGIN");
		List<Double> facilityDistances = new ArrayList<>();
		stops.forEach(s -> {
			if (s.get("kind").asString().equals("FACILITY")) {
				facilityDistances.add(s.get("distanceFromHomeKm").asDouble());
			}
		});
		assertThat(facilityDistances).isNotEmpty().allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(0));
		assertThat(this.audit.forTarget("child", child.toString()))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.READ));
		assertThat(this.http.get("/api/v1/children/" + child + "/journey", "demo-analyst").status()).isEqualTo(403);
		assertThat(this.http.get("/api/v1/children/" + child + "/journey", null).status()).isEqualTo(401);
		assertThat(this.http.get("/api/v1/facilities/" + artek.id() + "/stays", null).status()).isEqualTo(401);
	}

	@Test
	void publicMapDataSuppressesSmallCountsAndNamesNoChild() {
		Response map = this.http.get("/map/facilities.json", null);
		assertThat(map.status()).isEqualTo(200);
		JsonNode songdowon = null;
		for (JsonNode f : map.json()) {
			JsonNode children = f.get("children");
			assertThat(children == null || children.isNull() || children.asInt() >= 5).as(f.get("name").asString())
				.isTrue();
			if (f.get("country").asString().equals("PRK")) {
				songdowon = f;
			}
		}
		assertThat(songdowon).isNotNull();
		assertThat(this.facilities.staysAt(UUID.fromString(songdowon.get("id").asString()))).isNotEmpty();
		assertThat(songdowon.get("childrenLabel").asString()).isEqualTo("fewer than 5");
		for (Facility f : this.facilities.find(FacilityQuery.all())) {
			for (FacilityStay stay : this.facilities.staysAt(f.id())) {
				var identity = this.registry.get(stay.stay().childId()).primaryIdentity().identity();
				assertThat(map.body()).doesNotContain(identity.fullName())
					.doesNotContain(stay.stay().childId().toString());
			}
		}
	}

	private static List<String> details(JsonNode facilities) {
		List<String> details = new ArrayList<>();
		facilities.forEach(f -> details.add(f.get("id").asString() + " " + f.get("details")));
		return details;
	}

	private Response upload(String fileName, String content, String token) throws IOException, InterruptedException {
		String boundary = "homeward-" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/facilities/import"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Response(response.statusCode(), response.body());
	}

}
