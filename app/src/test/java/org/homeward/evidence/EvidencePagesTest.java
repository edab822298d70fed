package org.homeward.evidence;

import java.nio.charset.StandardCharsets;

import org.homeward.testsupport.DemoInstance;
import org.homeward.testsupport.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sources API over real HTTP with bearer tokens, and the evidence pages as an
 * investigator uses them: record a source, upload a file, see its chain of custody,
 * preview and import mentions.
 */
@DemoInstance
class EvidencePagesTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void mvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void investigatorsRecordSourcesThatTheTeamReadsAndAnalystsNever() {
		Http http = new Http(this.port);
		Http.Response created = http.post("/api/v1/sources", "demo-investigator", """
				{"kind":"SOCIAL_MEDIA_POST","title":"Synthetic post","url":"https://example.org/post/1",
				 "language":"ru","reliability":"c3","withheld":true,"publishedOn":"2023-04-01"}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("reliability").asString()).isEqualTo("C3");
		assertThat(http.get("/api/v1/sources/" + id, "demo-legal").json().get("url").asString())
			.isEqualTo("https://example.org/post/1");
		assertThat(http.get("/api/v1/sources/" + id, "demo-analyst").status()).isEqualTo(403);
		assertThat(http.post("/api/v1/sources", "demo-legal", "{}").status()).isEqualTo(403);

		Http.Response invalid = http.put("/api/v1/sources/" + id, "demo-investigator",
				"{\"kind\":\"OTHER\",\"title\":\"Synthetic post\",\"reliability\":\"G9\"}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body()).contains("Admiralty");
		Http.Response updated = http.put("/api/v1/sources/" + id, "demo-investigator",
				"{\"kind\":\"OTHER\",\"title\":\"Synthetic post, edited\",\"withheld\":false}");
		assertThat(updated.json().get("title").asString()).isEqualTo("Synthetic post, edited");
		assertThat(http.get("/api/v1/sources/999999", "demo-investigator").status()).isEqualTo(404);
	}

	@Test
	void anInvestigatorRecordsUploadsAndImportsThroughThePages() throws Exception {
		var investigator = user("investigator").roles("INVESTIGATOR");
		assertThat(page(get("/evidence/sources/new").with(investigator))).contains("source-form");
		MvcResult created = this.mvc
			.perform(post("/evidence/sources").with(investigator)
				.with(csrf())
				.param("kind", "OFFICIAL_LIST")
				.param("title", "Synthetic official list")
				.param("reliability", "B2")
				.param("withheld", "true")
				.param("url", "https://example.org/list"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/evidence/sources/");

		this.mvc.perform(multipart(location + "/uploads")
			.file(new MockMultipartFile("file", "list.txt", "text/plain",
					"Synthetic list: Mariia Testenko, 2014".getBytes(StandardCharsets.UTF_8)))
			.with(investigator)
			.with(csrf())).andExpect(status().is3xxRedirection());
		String sourcePage = page(get(location).with(investigator));
		assertThat(sourcePage).contains("Synthetic official list", "list.txt", "withheld", "mentions-form");
		String sha = sourcePage.replaceAll("(?s)^.*?href=\"/evidence/items/([0-9a-f]{64})\".*$", "$1");
		assertThat(sha).hasSize(64);

		String item = page(get("/evidence/items/" + sha).with(user("legal").roles("LEGAL")));
		assertThat(item).contains("Chain of custody", "Synthetic list: Mariia Testenko", "Captured", "Viewed");

		String csv = "record_id,source,given_name,family_name,patronymic,sex,birth_date,settlement,oblast\n"
				+ "p1,list,Mariia,Testenko,,F,2014,,\np2,list,,,,F,2014,,\n";
		MockMultipartFile file = new MockMultipartFile("file", "list.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8));
		String preview = page(multipart(location + "/mentions").file(file)
			.param("action", "preview")
			.with(investigator)
			.with(csrf()));
		assertThat(preview).contains("mentions-preview", "Testenko", "a mention needs a given or a family name");
		String imported = page(multipart(location + "/mentions").file(file)
			.param("action", "import")
			.param("skipInvalid", "true")
			.with(investigator)
			.with(csrf()));
		assertThat(imported).contains("1 mention(s) imported.");
		assertThat(page(get(location).with(investigator))).contains("id=\"mentions\"", "<td>p1</td>",
				"Mariia  Testenko");

		assertThat(page(get("/evidence/sources").with(user("caseworker").roles("CASEWORKER"))))
			.contains("Synthetic official list");
		assertThat(page(get("/evidence/sources").with(user("caseworker").roles("CASEWORKER")).param("lang", "uk")))
			.contains("Джерела");
		this.mvc.perform(get("/evidence/sources").with(user("analyst").roles("ANALYST")))
			.andExpect(status().isForbidden());
	}

	private String page(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isLessThan(400);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
