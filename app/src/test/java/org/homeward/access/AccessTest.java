package org.homeward.access;

import java.util.List;

import org.homeward.testsupport.DemoInstance;
import org.homeward.testsupport.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who sees what, and the trace every access leaves, on the running application.
 */
@DemoInstance
class AccessTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Test
	void analystSeesPseudonymisedRecordsOnly() {
		Http http = new Http(this.port);
		String id = firstChildId(http);
		JsonNode child = http.get("/api/v1/children/" + id, "demo-analyst").json();
		JsonNode identity = child.get("primaryIdentity");
		assertThat(identity.has("givenName")).isFalse();
		assertThat(identity.has("familyName")).isFalse();
		assertThat(identity.has("patronymic")).isFalse();
		assertThat(identity.has("guardian")).isFalse();
		assertThat(identity.has("documents")).isFalse();
		assertThat(identity.has("settlement")).isFalse();
		assertThat(identity.get("birthDate").asString()).matches("\\d{4}");
		assertThat(child.get("status").asString()).isNotBlank();
		JsonNode list = http.get("/api/v1/children?size=5", "demo-analyst").json();
		assertThat(list.get("items").get(0).has("familyName")).isFalse();
		assertThat(http.get("/api/v1/children?name=Коваленко", "demo-analyst").status()).isEqualTo(403);
	}

	@Test
	void investigatorSeesNamesAndDocumentsButNotGuardianContact() {
		Http http = new Http(this.port);
		String id = firstChildId(http);
		JsonNode asInvestigator = http.get("/api/v1/children/" + id, "demo-investigator").json().get("primaryIdentity");
		JsonNode asCaseworker = http.get("/api/v1/children/" + id, "demo-caseworker").json().get("primaryIdentity");
		assertThat(asInvestigator.has("givenName")).isTrue();
		assertThat(asInvestigator.has("documents")).isTrue();
		assertThat(asInvestigator.get("guardian").has("contact")).isFalse();
		assertThat(asCaseworker.get("guardian").get("contact").asString()).isNotBlank();
	}

	@Test
	void everyReadAndSearchIsInTheLedger() {
		Http http = new Http(this.port);
		String id = firstChildId(http);
		http.get("/api/v1/children/" + id, "demo-legal");
		List<AuditEntry> entries = this.ledger.forTarget("child", id);
		assertThat(entries).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo(AuditAction.READ);
			assertThat(e.actor()).isEqualTo("legal");
			assertThat(e.remoteAddress()).isNotBlank();
		});
		assertThat(this.ledger.latest("investigator", AuditAction.SEARCH, 5)).isNotEmpty();
		assertThat(this.ledger.verify().intact()).isTrue();
	}

	@Test
	void tenWrongPasswordsLockTheAccountAndEachAttemptIsInTheLedger() throws Exception {
		this.accounts.createUser("lock-test", "a-good-long-secret-1", Role.CASEWORKER, "test");
		FormLogin browser = new FormLogin(this.port);
		for (int i = 0; i < 10; i++) {
			assertThat(browser.attempt("lock-test", "wrong-password-" + i)).startsWith("/login?error");
		}
		assertThat(browser.attempt("lock-test", "a-good-long-secret-1")).startsWith("/login?error");
		List<AuditEntry> trail = this.ledger.forTarget("user", "lock-test");
		assertThat(trail).filteredOn(e -> e.action() == AuditAction.LOGIN_FAILURE).hasSize(11);
		assertThat(trail).filteredOn(e -> e.action() == AuditAction.ACCOUNT_LOCKED).isNotEmpty();

		this.accounts.changePassword("lock-test", "another-long-secret-2", "test");
		assertThat(new FormLogin(this.port).attempt("lock-test", "another-long-secret-2")).isEqualTo("/children");
		assertThat(this.ledger.forTarget("user", "lock-test")).last()
			.satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.LOGIN_SUCCESS));
	}

	@Test
	void tokensWorkUntilRevokedAndNoSecretIsStoredOrLogged() {
		String token = this.accounts.issueToken("caseworker", "test-token", null, "test");
		Http http = new Http(this.port);
		assertThat(http.get("/api/v1/children?size=1", token).status()).isEqualTo(200);
		assertThat(this.accounts.revokeToken("caseworker", "test-token", "test")).isTrue();
		assertThat(http.get("/api/v1/children?size=1", token).status()).isEqualTo(401);
		long leaks = this.jdbc
			.sql("select count(*) from audit_entry where detail like :secret or target_id like :secret")
			.param("secret", "%" + token.substring(3) + "%")
			.query(Long.class)
			.single();
		assertThat(leaks).isZero();
		assertThat(this.jdbc.sql("select count(*) from api_token where token_hash = :t")
			.param("t", token)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void weakPasswordsAreRefused() {
		assertThatThrownBy(() -> this.accounts.createUser("weak", "short", Role.LEGAL, "test"))
			.hasMessageContaining("12 characters");
		assertThatThrownBy(() -> this.accounts.createUser("weak", "weak-weak-weak-weak", Role.LEGAL, "test"))
			.hasMessageContaining("user name");
		assertThatThrownBy(() -> this.accounts.createUser("weak", "password1234", Role.LEGAL, "test"))
			.hasMessageContaining("guess");
	}

	private static String firstChildId(Http http) {
		return http.get("/api/v1/children?size=1", "demo-investigator").json().get("items").get(0).get("id").asString();
	}

}
