package org.homeward.access;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the second factor required, a password alone opens nothing: the user enrols an
 * authenticator app, types its code, and only then reaches the children.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "homeward.demo=true", "homeward.demo-children=3", "homeward.totp.required=true",
				"spring.datasource.url=jdbc:h2:mem:totp;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class SecondFactorLoginTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");

	@Value("${local.server.port}")
	int port;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void passwordAloneOpensNothingUntilTheCodeIsTyped() throws Exception {
		assertThat(post("/login", "username=investigator&password=demo", "/login")).endsWith("/login/totp");
		assertThat(get("/children").statusCode()).isEqualTo(403);
		String page = get("/login/totp").body();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).as("enrolment shows the secret").isTrue();

		assertThat(post("/login/totp", "code=000000", "/login/totp")).endsWith("/login/totp?error");
		String code = Totp.code(secret.group(1), Instant.now().getEpochSecond() / Totp.STEP_SECONDS);
		assertThat(post("/login/totp", "code=" + code, "/login/totp")).endsWith("/children");
		assertThat(get("/children").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private String post(String path, String form, String csrfPage) throws Exception {
		Matcher csrf = CSRF.matcher(get(csrfPage).body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(form + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		return response.headers().firstValue("Location").orElse("status " + response.statusCode());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
