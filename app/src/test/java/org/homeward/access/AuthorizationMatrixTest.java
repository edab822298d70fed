package org.homeward.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.registry.ChildQuery;
import org.homeward.registry.ChildRegistry;
import org.homeward.testsupport.DemoInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the API and the UI, for every role and the anonymous user, against the
 * table in {@code access-matrix.tsv}. A route without an entry fails the test, so a new
 * route cannot ship without someone deciding who may use it.
 */
@DemoInstance
class AuthorizationMatrixTest {

	private static final List<String> ROLES = List.of("anonymous", "admin", "investigator", "caseworker", "legal",
			"analyst");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Value("${local.server.port}")
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ChildRegistry registry;

	private List<Row> table;

	@BeforeEach
	void readTable() throws IOException {
		this.table = new ArrayList<>();
		Path file = Path.of("src/test/resources/access-matrix.tsv");
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] f = line.split("\t");
				this.table.add(new Row(f[0], f[1], List.of(f).subList(2, 8)));
			}
		}
	}

	@Test
	void everyRouteHasAnEntry() {
		Set<String> routes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : this.mappings.getHandlerMethods().entrySet()) {
			if (!e.getValue().getBeanType().getPackageName().startsWith("org.homeward")) {
				continue;
			}
			for (String path : e.getKey().getPatternValues()) {
				e.getKey().getMethodsCondition().getMethods().forEach(m -> routes.add(m.name() + " " + path));
			}
		}
		Set<String> listed = new TreeSet<>();
		this.table.forEach(r -> listed.add(r.method() + " " + r.path()));
		assertThat(listed).as("routes in access-matrix.tsv").containsAll(routes);
		assertThat(routes).as("routes the application has").containsAll(listed);
	}

	@Test
	void everyRoleGetsWhatTheTableSays() throws Exception {
		var child = this.registry.get(this.registry.find(ChildQuery.firstPage(1)).items().get(0).id());
		List<String> mismatches = new ArrayList<>();
		for (int r = 0; r < ROLES.size(); r++) {
			Session session = new Session(ROLES.get(r));
			for (Row row : this.table) {
				String path = row.path()
					.replace("{id:\\d+}", "1")
					.replace("{code}", "UKR")
					.replace("{id}", child.id().toString())
					.replace("{versionId}", child.identities().get(0).id().toString())
					.replace("{targetType}", "child")
					.replace("{targetId}", child.id().toString());
				String outcome = session.outcome(row.method(), path);
				if (!outcome.equals(row.expected().get(r))) {
					mismatches.add("%s %s as %s: expected %s, got %s".formatted(row.method(), row.path(), ROLES.get(r),
							row.expected().get(r), outcome));
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	record Row(String method, String path, List<String> expected) {
	}

	/** One user's way in: a bearer token for the API, a logged-in session for the UI. */
	private final class Session {

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private final String role;

		Session(String role) throws IOException, InterruptedException {
			this.role = role;
			if (!role.equals("anonymous")) {
				String form = "username=" + role + "&password=demo&_csrf=" + encode(csrf());
				send(HttpRequest.newBuilder(uri("/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)));
			}
		}

		String outcome(String method, String path) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
			if (path.startsWith("/api/")) {
				if (!this.role.equals("anonymous")) {
					request.header("Authorization", "Bearer demo-" + this.role);
				}
				request.header("Content-Type", "application/json")
					.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString("{}"));
			}
			else {
				request.header("Content-Type", "application/x-www-form-urlencoded")
					.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf())));
			}
			HttpResponse<String> response = send(request);
			String location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() == 401 || (response.statusCode() == 302 && location.endsWith("/login"))) {
				return "login";
			}
			return (response.statusCode() == 403) ? "deny" : "allow";
		}

		private String csrf() throws IOException, InterruptedException {
			Matcher m = CSRF.matcher(send(HttpRequest.newBuilder(uri("/login"))).body());
			if (!m.find()) {
				throw new IllegalStateException("no CSRF token on the login page");
			}
			return m.group(1);
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + AuthorizationMatrixTest.this.port + path);
		}

	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
