package org.homeward.access;

import java.nio.file.Files;
import java.nio.file.Path;

import org.homeward.HomewardApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code serve} never runs with demo credentials, and a fresh database gets exactly one
 * administrator.
 */
class ServeSafetyTest {

	@TempDir
	Path data;

	@Test
	void refusesToServeADatabaseThatHasDemoCredentials() {
		start(true).close();
		assertThatThrownBy(() -> start(false).close()).hasMessageContaining("Refusing to serve")
			.hasMessageContaining("demo");
	}

	@Test
	void createsTheFirstAdministratorOnAnEmptyDatabase() {
		try (ConfigurableApplicationContext context = start(false)) {
			UserAccounts accounts = context.getBean(UserAccounts.class);
			assertThat(accounts.countUsers()).isEqualTo(1);
			assertThat(accounts.firstDemoCredential()).isNull();
		}
		assertThat(Files.exists(this.data.resolve("db/homeward.mv.db"))).isTrue();
	}

	private ConfigurableApplicationContext start(boolean demo) {
		return new SpringApplicationBuilder(HomewardApplication.class).web(WebApplicationType.NONE)
			.run("--homeward.data=" + this.data, "--homeward.demo=" + demo, "--homeward.demo-children=2",
					"--HOMEWARD_ADMIN_PASSWORD=first-operator-secret-9", "--spring.main.banner-mode=off");
	}

}
