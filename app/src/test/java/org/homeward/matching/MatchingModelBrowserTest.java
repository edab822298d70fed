package org.homeward.matching;

import java.time.Duration;

import org.homeward.linkage.ComparisonLevel;
import org.homeward.testsupport.BrowserTest;
import org.homeward.testsupport.DemoInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin in real Chromium reads the matching model page, adopts the proposed model and
 * returns to the built-in one. Skipped where Chromium is not installed.
 */
@DemoInstance
class MatchingModelBrowserTest extends BrowserTest {

	@Autowired
	IdentityIndex index;

	@BeforeEach
	void open() {
		startBrowser(1280, 900);
	}

	@Test
	void adminComparesAdoptsAndReturnsToTheBuiltInModel() {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys("demo");
		this.browser.findElement(By.id("login-submit")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		this.browser.get(url("/admin/matching-model"));

		assertThat(waitFor(By.id("current")).getText()).contains("0.900");
		assertThat(this.browser.findElement(By.id("proposed")).getText()).isNotBlank();
		assertThat(this.browser.findElements(By.cssSelector("a[href='/admin/matching-model']"))).hasSize(1);
		assertThat(this.browser.findElements(By.cssSelector("#levels tbody tr"))).hasSizeGreaterThan(20);

		this.browser.findElement(By.id("adopt")).click();
		assertThat(waitFor(By.cssSelector("p.ok")).getText()).contains("is in use now");
		String adopted = this.browser.findElement(By.cssSelector("#adoptions tbody tr:nth-child(2) td:nth-child(3)"))
			.getText();
		assertThat(Long.parseLong(adopted)).isPositive();

		/* The adoption's message stays on screen until the next page replaces it. */
		WebElement adoptedMessage = this.browser.findElement(By.cssSelector("p.ok"));
		this.browser.findElement(By.cssSelector("#adoptions tbody tr:first-child button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(adoptedMessage));
		assertThat(waitFor(By.cssSelector("p.ok")).getText()).contains("0");
		assertThat(
				this.browser.findElement(By.cssSelector("#adoptions tbody tr:nth-child(2) td:nth-child(3)")).getText())
			.isEqualTo("0");
		assertThat(this.index.engine().model().weight(1, ComparisonLevel.EXACT))
			.isEqualTo(AdoptedModel.builtIn().model().weight(1, ComparisonLevel.EXACT));
	}

	private WebElement waitFor(By by) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

}
