package org.homeward.matching;

import java.time.Duration;
import java.util.UUID;

import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.testsupport.BrowserTest;
import org.homeward.testsupport.DemoInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator re-links everything from the linking page and watches the job finish
 * without reloading (htmx polls its progress); an investigator then finds two records of
 * one child proposed as duplicates, compares them and merges them with the keyboard.
 * Skipped where Chromium is not installed.
 */
@DemoInstance
class LinkingBrowserTest extends BrowserTest {

	@Autowired
	LinkingJobs jobs;

	@Autowired
	ChildRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void open() {
		startBrowser(1280, 900);
	}

	@Test
	void adminRelinksAndWatchesTheProgressThenAnInvestigatorMergesTheDuplicate() {
		Child first = ReviewFixtures.registerGirl(this.registry, "Двоєнко");
		Child second = ReviewFixtures.registerGirl(this.registry, "Двоєнко");
		// as if registered with homeward.matching.check-new-identities=false, so that the
		// re-link proposes them
		this.jdbc.sql("delete from review_item where child_id = :c or other_child_id = :c")
			.param("c", first.id())
			.update();
		ReviewFixtures.awaitLinking(this.jobs);

		logIn("admin");
		this.browser.get(url("/admin/linking"));
		waitFor(By.id("nav-linking"));
		this.browser.findElement(By.cssSelector("#relink button")).click();
		String job = waitFor(By.id("relink-started")).getText().replaceAll("\\D+", "");
		new WebDriverWait(this.browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#linking-jobs tr.linking-job[data-state='DONE'] a[href$='/" + job + "']")));
		this.browser.findElement(By.cssSelector("#linking-jobs a[href$='/admin/linking/" + job + "']")).click();
		assertThat(waitFor(By.id("job-state")).getText()).isEqualTo("DONE");
		assertThat(
				this.browser.findElement(By.cssSelector("#linking-summary tr[data-outcome='DUPLICATE'] td")).getText())
			.isNotEqualTo("0");
		assertThat(this.browser.findElement(By.id("changes-csv")).getAttribute("href"))
			.endsWith("/admin/linking/" + job + "/changes.csv");

		long item = duplicateItem(first.id(), second.id());
		this.browser.get(url("/logout"));
		startBrowser(1280, 900);
		logIn("investigator");
		this.browser.get(url("/review"));
		assertThat(this.browser.findElements(By.cssSelector("#review-queue a[href$='/review/" + item + "']")))
			.as("the open duplicate proposal is listed in the queue")
			.hasSize(1);
		this.browser.get(url("/review/" + item));
		assertThat(waitFor(By.id("duplicate-intro")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.cssSelector("#comparison tr[data-field='family_name']")).getText())
			.contains("Двоєнко")
			.contains("Dvoienko");
		new Actions(this.browser).sendKeys("s").perform();
		assertThat(waitFor(By.id("current-decision")).getText()).isEqualTo("Same child");
		UUID merged = (this.registry.get(first.id()).mergedInto() != null) ? first.id() : second.id();
		assertThat(this.registry.get(merged).mergedInto()).isIn(first.id(), second.id());
	}

	private long duplicateItem(UUID a, UUID b) {
		UUID first = JdbcDuplicates.first(a, b);
		return this.jdbc.sql("select id from review_item where child_id = :a and other_child_id = :b")
			.param("a", first)
			.param("b", first.equals(a) ? b : a)
			.query(Long.class)
			.single();
	}

	private void logIn(String user) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys("demo");
		this.browser.findElement(By.id("login-submit")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private WebElement waitFor(By by) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

}
