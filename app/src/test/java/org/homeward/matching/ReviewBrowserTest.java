package org.homeward.matching;

import java.time.Duration;
import java.util.List;

import org.homeward.access.AuditAction;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditLedger;
import org.homeward.evidence.EvidenceArchive;
import org.homeward.evidence.SourceMentions;
import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.testsupport.BrowserTest;
import org.homeward.testsupport.Http;
import org.homeward.testsupport.DemoInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer in real Chromium: opens the queue, reads the per-field explanation with the
 * Latin renderings, decides with the keyboard, and finds the decision in the child's
 * history and in the audit ledger. Skipped where Chromium is not installed.
 */
@DemoInstance
class ReviewBrowserTest extends BrowserTest {

	@Autowired
	LinkingJobs jobs;

	@Autowired
	ChildRegistry registry;

	@Autowired
	SourceMentions mentions;

	@Autowired
	EvidenceArchive archive;

	@Autowired
	AuditLedger audit;

	@BeforeEach
	void open() {
		startBrowser(1280, 900);
	}

	@Test
	void reviewerSeesTheExplanationDecidesWithTheKeyboardAndTheDecisionIsRecorded() {
		Child girl = ReviewFixtures.registerGirl(this.registry, "Голобородько");
		long source = ReviewFixtures.source(this.archive, "Synthetic list for the browser");
		ReviewFixtures.importCsv(this.mentions, this.jobs, source, ReviewFixtures.uncertainRow("b1", "Голобородько"));

		logIn("investigator", "demo");
		this.browser.get(url("/review?sort=closeness&source=" + source));
		List<WebElement> links = this.browser.findElements(By.cssSelector("#review-queue .review-link"));
		assertThat(links).as(() -> "queue of source " + source + " for the girl " + girl.id() + ": "
				+ new Http(this.port).get("/api/v1/review?source=" + source, "demo-investigator").body())
			.singleElement().satisfies(link -> assertThat(link.getText()).contains("Голобородько"));
		links.get(0).click();

		WebElement given = waitFor(By.cssSelector("#comparison tr[data-field='given_name']"));
		assertThat(given.getText()).contains("Богдана").contains("Bohdana");
		assertThat(given.getAttribute("class")).contains("for");
		assertThat(given.findElements(By.cssSelector("meter.for"))).hasSize(1);
		assertThat(this.browser.findElement(By.cssSelector("#comparison tr[data-field='family_name']")).getText())
			.contains("Holoborodko");
		assertThat(this.browser.findElements(By.cssSelector("#comparison tr.field-row"))).hasSize(7);
		String itemId = this.browser.getCurrentUrl().replaceAll(".*/review/(\\d+).*", "$1");

		new Actions(this.browser).sendKeys("d").perform();

		assertThat(waitFor(By.id("current-decision")).getText()).isEqualTo("Different children");
		assertThat(this.browser.findElements(By.id("decisions"))).isEmpty();
		this.browser.get(url("/children/" + girl.id()));
		assertThat(waitFor(By.id("timeline")).getText()).contains("Review " + itemId).contains("DIFFERENT_CHILDREN");
		assertThat(this.audit.forTarget("review-item", itemId)).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("investigator");
			assertThat(entry.action()).isEqualTo(AuditAction.CHANGE);
		});

		this.browser.get(url("/review/" + itemId));
		new Actions(this.browser).sendKeys("u").perform();
		waitFor(By.id("decisions"));
		assertThat(this.audit.forTarget("review-item", itemId)).extracting(AuditEntry::actor).hasSize(2);
	}

	private void logIn(String user, String password) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("login-submit")).click();
		waitFor(By.id("nav-review"));
	}

	private WebElement waitFor(By by) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

}
