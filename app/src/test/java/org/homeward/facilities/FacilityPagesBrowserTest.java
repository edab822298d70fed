package org.homeward.facilities;

import java.io.File;
import java.time.Duration;
import java.util.function.Function;

import org.homeward.registry.Child;
import org.homeward.registry.ChildRegistry;
import org.homeward.testsupport.BrowserTest;
import org.homeward.testsupport.DemoInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facility pages in real Chromium: an investigator links a child's placement to a
 * facility from the child's journey and finds the child on the facility's page; the
 * public sees the same page without any child.
 */
@DemoInstance
class FacilityPagesBrowserTest extends BrowserTest {

	@Autowired
	Facilities facilities;

	@Autowired
	ChildRegistry registry;

	@BeforeEach
	void open() {
		startBrowser(1280, 1000);
	}

	@Test
	void investigatorLinksAPlacementAndFindsTheChildOnTheFacilityPage() {
		Facility gelendzhik = facility("Gelendzhik");
		FacilityStay artekStay = this.facilities.staysAt(facility("Artek").id()).get(0);
		Child child = this.registry.get(artekStay.stay().childId());
		String placement = String.valueOf(artekStay.stay().eventId());
		logIn("investigator");
		this.browser.get(url("/children/" + child.id() + "/journey"));
		new Select(this.browser.findElement(By.id("stay-event"))).selectByValue(placement);
		new Select(this.browser.findElement(By.id("stay-facility"))).selectByValue(gelendzhik.id().toString());
		this.browser.findElement(By.id("stay-source")).sendKeys("SYNTHETIC browser test");
		this.browser.findElement(By.id("stay-submit")).click();
		waitUntil(d -> d.findElement(By.id("journey-table")).getText().contains("Gelendzhik"));
		assertThat(this.browser.findElement(By.id("journey-table")).getText()).contains(" km");
		waitUntil(d -> "true".equals(d.findElement(By.id("journey-map")).getDomAttribute("data-loaded")));
		assertThat(Integer.parseInt(this.browser.findElement(By.id("journey-map")).getDomAttribute("data-stops")))
			.isGreaterThanOrEqualTo(2);
		assertThat(this.browser.findElements(By.cssSelector("#journey-map path.leaflet-interactive")))
			.hasSizeGreaterThanOrEqualTo(2);
		screenshot("journey");

		this.browser.get(url("/facilities/" + gelendzhik.id()));
		String name = child.primaryIdentity().identity().fullName();
		assertThat(this.browser.findElement(By.id("linked-children")).getText()).contains(name);
		screenshot("facility-investigator");
	}

	@Test
	void thePublicSeesFacilitiesButNoChild() {
		Facility songdowon = facility("Songdowon");
		this.browser.get(url("/facilities/" + songdowon.id()));
		assertThat(this.browser.findElement(By.id("facility-name")).getText()).contains("Songdowon");
		assertThat(this.browser.findElement(By.id("children-count")).getText()).isEqualTo("fewer than 5");
		assertThat(this.browser.findElements(By.id("linked-children"))).isEmpty();
		assertThat(this.browser.findElement(By.id("sources")).getText()).contains("Rashevska");
		this.browser.get(url("/facilities"));
		assertThat(this.browser.findElement(By.id("facilities-table")).getText()).contains("Artek");
		screenshot("facilities-public");
	}

	@Test
	void investigatorImportsAFileAndSeesEachRefusedLine() throws Exception {
		String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
		java.nio.file.Path bad = java.nio.file.Files.writeString(java.nio.file.Path.of("target/bad-" + marker + ".csv"),
				"name_en,type,country,latitude,longitude\nGood " + marker + ",HOTEL,RUS,55.75,37.62\nBad " + marker
						+ ",HOTEL,RUS,95,37.62\n");
		java.nio.file.Path good = java.nio.file.Files.writeString(
				java.nio.file.Path.of("target/good-" + marker + ".csv"),
				"name_en,type,country,latitude,longitude\nHotel " + marker + ",HOTEL,RUS,55.75,37.62\n");
		logIn("investigator");
		this.browser.get(url("/facilities"));
		this.browser.findElement(By.id("import-file")).sendKeys(bad.toAbsolutePath().toString());
		this.browser.findElement(By.id("import-submit")).click();
		assertThat(waitUntil(d -> d.findElement(By.id("import-problems"))).getText())
			.contains("line 3, latitude: 95.0 is outside -90 to 90");
		assertThat(this.browser.findElement(By.id("facilities-table")).getText()).doesNotContain(marker);

		this.browser.findElement(By.id("import-file")).sendKeys(good.toAbsolutePath().toString());
		this.browser.findElement(By.id("import-submit")).click();
		assertThat(waitUntil(d -> d.findElement(By.id("import-result"))).getText()).contains("1 created, 0 updated");
		assertThat(this.browser.findElement(By.id("facilities-table")).getText()).contains("Hotel " + marker);
	}

	private Facility facility(String englishName) {
		return this.facilities.find(FacilityQuery.all())
			.stream()
			.filter(f -> String.valueOf(f.details().names().english()).contains(englishName))
			.findFirst()
			.orElseThrow();
	}

	private void logIn(String user) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys("demo");
		this.browser.findElement(By.id("login-submit")).click();
		waitUntil(d -> d.findElements(By.id("children-table")).size() == 1);
	}

	private void screenshot(String name) {
		File shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		shot.renameTo(new File("target/" + name + ".png"));
	}

	private <T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

}
