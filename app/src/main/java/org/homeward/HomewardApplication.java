package org.homeward;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Homeward: one web application, one package per capability.
 * <p>
 * The capability packages are named rather than scanned from {@code org.homeward}: the
 * linkage engine ({@code org.homeward.linkage}) is a plain library on the class path and
 * must never become a source of Spring components.
 */
@SpringBootApplication(
		scanBasePackages = { "org.homeward.access", "org.homeward.registry", "org.homeward.demo", "org.homeward.web",
				"org.homeward.votes", "org.homeward.facilities", "org.homeward.matching", "org.homeward.evidence" })
public class HomewardApplication {

	public static void main(String[] args) {
		SpringApplication.run(HomewardApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
