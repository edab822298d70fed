package org.homeward.votes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.homeward.testsupport.DemoInstance;
import org.homeward.testsupport.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The votes API over real HTTP: a 193-row UN Digital Library file in mixed spellings
 * imported by an investigator, read back as JSON and CSV and drawn as SVG and PNG; bad
 * files refused with the line named and nothing stored.
 */
@DemoInstance
class VotesApiTest {

	@Value("${local.server.port}")
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void fullRecordInMixedSpellingsGivesTheRightTotalsSeatsAndOutcome() {
		String symbol = symbol();
		Map<String, Vote> votes = SyntheticVotes.deal(20251203, 91, 12, 57);
		HttpResponse<String> created = upload("board.csv", SyntheticVotes.unDigitalLibrary(symbol, votes, "ms_vote"),
				Map.of("majority", "two-thirds"), "demo-investigator");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = this.http.get(created.headers().firstValue("Location").orElseThrow(), null).json().get("id").asLong();

		JsonNode board = this.http.get("/api/v1/resolutions/" + id + "/votes", null).json();
		JsonNode resolution = board.get("resolution");
		assertThat(resolution.get("symbol").asString()).isEqualTo(symbol);
		assertThat(resolution.get("totals").get("yes").asInt()).isEqualTo(91);
		assertThat(resolution.get("totals").get("no").asInt()).isEqualTo(12);
		assertThat(resolution.get("totals").get("abstain").asInt()).isEqualTo(57);
		assertThat(resolution.get("totals").get("nonVoting").asInt()).isEqualTo(33);
		assertThat(resolution.get("requiredMajority").asString()).isEqualTo("TWO_THIRDS");
		assertThat(resolution.get("requiredYes").asInt()).isEqualTo(69);
		assertThat(resolution.get("adopted").asBoolean()).isTrue();
		assertThat(resolution.get("synthetic").asBoolean()).isTrue();
		assertThat(board.get("attribution").asString()).contains("mledoze/countries");
		assertThat(board.get("votes")).hasSize(193);
		Map<String, String> seen = new HashMap<>();
		board.get("votes").forEach(v -> seen.put(v.get("code").asString(), v.get("vote").asString()));
		votes.forEach((code, vote) -> assertThat(seen.get(code)).as(code).isEqualTo(vote.name()));
		assertThat(board.get("votes").get(0).get("name").asString()).isEqualTo("Afghanistan");

		String csv = this.http.get("/api/v1/resolutions/" + id + "/votes?format=csv", null).body();
		assertThat(csv.lines()).hasSize(194).first().asString().startsWith("resolution,ms_code");
		assertThat(accept("/api/v1/resolutions/" + id + "/votes", "text/csv").body()).isEqualTo(csv);
		assertThat(csv).contains(",United Kingdom of Great Britain and Northern Ireland,", "Côte d'Ivoire");
	}

	@Test
	void unknownMemberIsRefusedWithItsLineAndNothingIsStored() {
		String symbol = symbol();
		String csv = SyntheticVotes.unDigitalLibrary(symbol, SyntheticVotes.deal(1, 100, 10, 50), "ms_votes")
			.replaceFirst("\"Albania\"", "\"Narnia\"");
		long before = resolutions();
		HttpResponse<String> refused = upload("narnia.csv", csv, Map.of(), "demo-investigator");
		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode problem = new Http.Response(422, refused.body()).json();
		assertThat(problem.get("problems")).hasSize(1);
		JsonNode first = problem.get("problems").get(0);
		assertThat(first.get("file").asString()).isEqualTo("narnia.csv");
		assertThat(first.get("line").asInt()).isEqualTo(3);
		assertThat(first.get("column").asString()).isEqualTo("ms_name");
		assertThat(first.get("reason").asString()).contains("Narnia");
		assertThat(resolutions()).isEqualTo(before);
		assertThat(stored(symbol)).isZero();
	}

	@Test
	void memberVotingTwiceIsRefusedWithBothLinesAndNothingIsStored() {
		String symbol = symbol();
		String body = "{\"fileName\":\"twice.csv\",\"content\":\"member,vote\\nUkraine,Y\\nPoland,Y\\nukraine,N\\n\","
				+ "\"options\":{\"symbol\":\"" + symbol + "\",\"title\":\"Synthetic\",\"date\":\"2025-12-03\"}}";
		Http.Response refused = this.http.post("/api/v1/resolutions/imports", "demo-investigator", body);
		assertThat(refused.status()).isEqualTo(422);
		JsonNode first = refused.json().get("problems").get(0);
		assertThat(first.get("line").asInt()).isEqualTo(4);
		assertThat(first.get("reason").asString()).contains("votes twice").contains("line 2");
		assertThat(stored(symbol)).isZero();
	}

	@Test
	void reimportingTheSameRecordChangesNothingAndAnotherRecordIsRefused() {
		String symbol = symbol();
		String body = "{\"content\":\"member,vote\\nUkraine,Y\\nPoland,Y\\nRussia,N\\n\",\"options\":{\"symbol\":\""
				+ symbol + "\",\"title\":\"Synthetic\",\"date\":\"2025-12-03\",\"time\":\"10:15\"}}";
		assertThat(this.http.post("/api/v1/resolutions/imports", "demo-investigator", body).status()).isEqualTo(201);
		Http.Response again = this.http.post("/api/v1/resolutions/imports", "demo-investigator", body);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().get("resolutions").get(0).get("unchanged").asBoolean()).isTrue();
		Http.Response other = this.http.post("/api/v1/resolutions/imports", "demo-investigator",
				body.replace("Russia,N", "Russia,A"));
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.body()).contains("already recorded with other votes");
		assertThat(stored(symbol)).isEqualTo(1);
	}

	@Test
	void statedTotalsThatDisagreeAreRefused() {
		String body = "{\"content\":\"member,vote\\nUkraine,Y\\nRussia,N\\n\",\"options\":{\"symbol\":\"" + symbol()
				+ "\",\"title\":\"Synthetic\",\"date\":\"2025-12-03\",\"statedYes\":2,\"statedNo\":1,\"statedAbstain\":0}}";
		Http.Response refused = this.http.post("/api/v1/resolutions/imports", "demo-investigator", body);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("states 2 YES but the file has 1");
	}

	@Test
	void importsARawCsvBodyWithTheResolutionInTheQuery() {
		String symbol = symbol();
		String query = "?fileName=raw.csv&symbol=" + symbol + "&title=Synthetic&date=2025-12-03&majority=two-thirds"
				+ "&statedYes=2&statedNo=1&statedAbstain=0";
		HttpResponse<String> created = send(
				HttpRequest.newBuilder(url("/api/v1/resolutions/imports" + query))
					.header("Authorization", "Bearer demo-admin")
					.header("Content-Type", "text/csv")
					.POST(HttpRequest.BodyPublishers.ofString("UKR,Y\nPOL,Y\nRUS,N\n")),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).contains(symbol).contains("\"adopted\":true").contains("\"file\":\"raw.csv\"");
	}

	@Test
	void onlyInvestigatorsAndAdminsImportButAnyoneReads() {
		String body = "{\"content\":\"member,vote\\nUkraine,Y\\n\",\"options\":{\"symbol\":\"TEST/RES/X\","
				+ "\"title\":\"T\",\"date\":\"2025-12-03\"}}";
		assertThat(this.http.post("/api/v1/resolutions/imports", null, body).status()).isEqualTo(401);
		assertThat(this.http.post("/api/v1/resolutions/imports", "demo-caseworker", body).status()).isEqualTo(403);
		assertThat(this.http.get("/api/v1/resolutions", null).status()).isEqualTo(200);
		assertThat(this.http.get("/api/v1/member-states", null).json().get("memberStates")).hasSize(193);
		assertThat(this.http.get("/votes", null).status()).isEqualTo(200);
		assertThat(this.http.get("/api/v1/resolutions/999999/votes", null).status()).isEqualTo(404);
		assertThat(this.http.get("/votes/999999", null).status()).isEqualTo(404);
		assertThat(this.http.get("/votes/999999/board.svg", null).status()).isEqualTo(404);
		assertThat(this.http.get("/votes/import", null).status()).isIn(302, 401, 403);
	}

	@Test
	void boardImagesAreValidSvgAndPng() throws Exception {
		String body = "{\"content\":\"member,vote\\nUkraine,Y\\nRussia,N\\n\\\"Côte d'Ivoire\\\",A\\n\","
				+ "\"options\":{\"symbol\":\"" + symbol() + "\",\"title\":\"Synthetic <&> resolution\","
				+ "\"date\":\"2025-12-03\"}}";
		long id = this.http.post("/api/v1/resolutions/imports", "demo-investigator", body)
			.json()
			.get("resolutions")
			.get(0)
			.get("id")
			.asLong();
		HttpResponse<byte[]> svg = bytes("/votes/" + id + "/board.svg");
		assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
		Document doc = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(new String(svg.body(), StandardCharsets.UTF_8))));
		assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(doc.getElementsByTagName("g").getLength()).isEqualTo(193);
		assertThat(new String(svg.body(), StandardCharsets.UTF_8)).contains("Synthetic &lt;&amp;&gt; resolution");

		HttpResponse<byte[]> png = bytes("/votes/" + id + "/board.png");
		assertThat(png.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
		var image = ImageIO.read(new ByteArrayInputStream(png.body()));
		assertThat(image.getWidth()).isEqualTo(1920);
		assertThat(image.getHeight()).isEqualTo(1080);
	}

	@Test
	void memberHistoryAndComparisonPagesShowTheMoves() {
		String a = symbol();
		String b = symbol();
		long first = importSimple(a, "2025-12-01", "member,vote\\nUkraine,Y\\nIndia,Y\\nBrazil,Y\\nRussia,N\\n");
		long second = importSimple(b, "2025-12-02", "member,vote\\nUkraine,Y\\nIndia,A\\nBrazil,A\\nRussia,N\\n");
		String compare = this.http.get("/votes/compare?a=" + first + "&b=" + second, null).body();
		assertThat(compare).contains("data-move=\"Y → A\"").contains("Brazil").contains("India");
		String member = this.http.get("/votes/members/in", null).body();
		assertThat(member).contains("<h1 id=\"member-name\">India</h1>").contains(a).contains(b);
		assertThat(this.http.get("/votes/members/Narnia", null).status()).isEqualTo(404);
	}

	private long importSimple(String symbol, String date, String csv) {
		String body = "{\"content\":\"" + csv + "\",\"options\":{\"symbol\":\"" + symbol
				+ "\",\"title\":\"Synthetic\",\"date\":\"" + date + "\"}}";
		return this.http.post("/api/v1/resolutions/imports", "demo-investigator", body)
			.json()
			.get("resolutions")
			.get(0)
			.get("id")
			.asLong();
	}

	private long resolutions() {
		return this.jdbc.sql("select count(*) from resolution").query(Long.class).single();
	}

	private long stored(String symbol) {
		return this.jdbc.sql("select count(*) from resolution where symbol = :s")
			.param("s", symbol)
			.query(Long.class)
			.single();
	}

	static String symbol() {
		return "TEST/RES/" + UUID.randomUUID().toString().substring(0, 8);
	}

	private HttpResponse<String> upload(String name, String csv, Map<String, String> fields, String token) {
		String boundary = "----votes" + UUID.randomUUID();
		StringBuilder body = new StringBuilder();
		fields.forEach((k, v) -> body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(k)
			.append("\"\r\n\r\n")
			.append(v)
			.append("\r\n"));
		body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(name)
			.append("\"\r\nContent-Type: text/csv\r\n\r\n")
			.append(csv)
			.append("\r\n--")
			.append(boundary)
			.append("--\r\n");
		return send(
				HttpRequest.newBuilder(url("/api/v1/resolutions/imports"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> accept(String path, String type) {
		return send(HttpRequest.newBuilder(url(path)).header("Accept", type).GET(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<byte[]> bytes(String path) {
		return send(HttpRequest.newBuilder(url(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
		try {
			return HttpClient.newHttpClient().send(request.build(), handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
