package org.homeward.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs in through the login form over real HTTP, as a browser would: session cookie and
 * CSRF token from the form, then the POST.
 */
final class FormLogin {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String base;

	FormLogin(int port) {
		this.base = "http://localhost:" + port;
	}

	/**
	 * Submits the login form.
	 * @return where the server redirects: {@code /children} on success,
	 * {@code /login?error} on failure
	 */
	String attempt(String username, String password) throws IOException, InterruptedException {
		String page = this.client
			.send(HttpRequest.newBuilder(URI.create(this.base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("the login page has no CSRF token");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		return response.headers().firstValue("Location").map(l -> l.replace(this.base, "")).orElse("");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
