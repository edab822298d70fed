package org.homeward.registry;

import java.time.Duration;
import java.util.List;

import org.homeward.testsupport.BrowserTest;
import org.homeward.testsupport.DemoInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user in real Chromium: logs in, registers a child with a Cyrillic name, finds the
 * child in the list.
 */
@DemoInstance
class ChildPagesBrowserTest extends BrowserTest {

	@Autowired
	ChildRegistry registry;

	@BeforeEach
	void open() {
		startBrowser(1280, 900);
	}

	@Test
	void investigatorRegistersChildWithCyrillicNameAndFindsItInTheList() {
		logIn("investigator", "demo");
		this.browser.get(url("/children/new"));
		this.browser.findElement(By.id("givenName")).sendKeys("Ярослава");
		this.browser.findElement(By.id("familyName")).sendKeys("Світлична");
		this.browser.findElement(By.id("birthDate")).sendKeys("2015-04-12");
		this.browser.findElement(By.id("oblast")).sendKeys("Херсонська");
		this.browser.findElement(By.id("save-child")).click();

		assertThat(waitFor(By.id("child-name")).getText()).isEqualTo("Ярослава Світлична");
		this.browser.get(url("/children"));
		this.browser.findElement(By.id("filter-name")).sendKeys("Світлична");
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#children-table tbody tr"), 1));
		assertThat(this.browser.findElement(By.id("children-table")).getText()).contains("Ярослава Світлична");
		assertThat(this.browser.getCurrentUrl()).contains("name=");
	}

	@Test
	void invalidBirthDateIsShownNextToTheField() {
		logIn("caseworker", "demo");
		this.browser.get(url("/children/new"));
		this.browser.findElement(By.id("familyName")).sendKeys("Коваленко");
		this.browser.findElement(By.id("birthDate")).sendKeys("2013-02-30");
		this.browser.findElement(By.id("save-child")).click();
		assertThat(waitFor(By.cssSelector("#birthDate + .error")).getText()).contains("2013-02-30");
	}

	@Test
	void identityVersionsLinkToTheSourcesBehindThem() {
		Child child = this.registry
			.register(new NewChild(
					new Identity("Оксана", "Джерельна", null, Sex.F, PartialDate.parse("2012"), null, null, null,
							List.of(), null, "source:5 line 12", null, null, false),
					ChildStatus.REPORTED_MISSING, null, null, true), "tester");
		logIn("legal", "demo");
		this.browser.get(url("/children/" + child.id()));
		assertThat(waitFor(By.cssSelector("#identities a.citation")).getDomAttribute("href"))
			.endsWith("/evidence/sources/5");
	}

	@Test
	void demoInstanceSaysItsDataIsSynthetic() {
		this.browser.get(url("/?lang=uk"));
		assertThat(this.browser.findElement(By.className("demo-banner")).getText()).contains("синтетичні");
	}

	private void logIn(String user, String password) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("login-submit")).click();
		waitFor(By.id("children-table"));
	}

	private org.openqa.selenium.WebElement waitFor(By by) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

}
