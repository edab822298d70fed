package org.homeward.facilities;

import java.io.File;
import java.time.Duration;
import java.util.List;

import org.homeward.registry.ChildRegistry;
import org.homeward.testsupport.BrowserTest;
import org.homeward.testsupport.DemoInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map in real Chromium, as the public sees it: it renders from this server alone (no
 * tiles, no CDN), draws the country boundaries and the facility markers, filters them,
 * and shows no child-level data.
 */
@DemoInstance
class MapBrowserTest extends BrowserTest {

	@Autowired
	Facilities facilities;

	@Autowired
	ChildRegistry registry;

	@BeforeEach
	void open() {
		startBrowser(1280, 900);
	}

	@Test
	void mapRendersCountriesAndMarkersFromThisServerAlone() {
		WebElement map = openMap();
		int countryPaths = this.browser.findElements(By.cssSelector("#map .leaflet-overlay-pane svg path")).size();
		assertThat(countryPaths).isGreaterThan(150);
		assertThat(this.browser.findElements(By.cssSelector("#map .facility-marker, #map .facility-cluster")))
			.isNotEmpty();
		assertThat(Integer.parseInt(map.getDomAttribute("data-visible-count")))
			.isEqualTo((int) this.facilities.find(FacilityQuery.all())
				.stream()
				.filter(f -> f.details().location() != null)
				.count());
		assertThat(this.browser.findElement(By.id("map-legend")).getText()).contains("Camp or sanatorium");
		@SuppressWarnings("unchecked")
		List<String> resources = (List<String>) ((JavascriptExecutor) this.browser)
			.executeScript("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
		assertThat(resources).isNotEmpty()
			.allSatisfy(url -> assertThat(url).startsWith("http://localhost:" + this.port + "/"));
		assertThat(this.browser.findElements(By.cssSelector("#map .leaflet-tile"))).isEmpty();
	}

	@Test
	void markersFilterByType() {
		WebElement map = openMap();
		new Select(this.browser.findElement(By.id("filter-type"))).selectByValue("CADET_SCHOOL");
		long cadetSchools = this.facilities.find(new FacilityQuery(FacilityType.CADET_SCHOOL, null, null))
			.stream()
			.filter(f -> f.details().location() != null)
			.count();
		waitUntil(d -> map.getDomAttribute("data-visible-count").equals(Long.toString(cadetSchools)));
		assertThat(this.browser.findElements(By.cssSelector("#map .facility-marker")))
			.allSatisfy(m -> assertThat(m.getDomAttribute("class")).contains("type-CADET_SCHOOL"));

		new Select(this.browser.findElement(By.id("filter-type"))).selectByValue("HOTEL");
		new Select(this.browser.findElement(By.id("filter-country"))).selectByValue("RUS");
		waitUntil(d -> this.browser.findElements(By.cssSelector("#map .facility-marker, #map .facility-cluster"))
			.stream()
			.allMatch(m -> m.getDomAttribute("class").contains("type-HOTEL")
					|| m.getDomAttribute("class").contains("facility-cluster")));
		new Select(this.browser.findElement(By.id("filter-type"))).selectByValue("CAMP_OR_SANATORIUM");
		new Select(this.browser.findElement(By.id("filter-country"))).selectByValue("");
		waitUntil(d -> Integer.parseInt(map.getDomAttribute("data-visible-count")) >= 4);
	}

	@Test
	void publicMapShowsNoChildLevelData() {
		openMap();
		new Select(this.browser.findElement(By.id("filter-country"))).selectByValue("PRK");
		WebElement marker = waitUntil(
				d -> d.findElements(By.cssSelector("#map .facility-marker")).stream().findFirst().orElse(null));
		marker.click();
		WebElement popup = waitUntil(d -> d.findElements(By.cssSelector(".map-popup"))
			.stream()
			.filter(p -> p.getText().contains("Songdowon"))
			.findFirst()
			.orElse(null));
		File shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		shot.renameTo(new File("target/map-public.png"));
		assertThat(popup.getText()).contains("Songdowon").contains("Children linked: fewer than 5");
		String page = this.browser.getPageSource();
		for (Facility f : this.facilities.find(FacilityQuery.all())) {
			for (FacilityStay stay : this.facilities.staysAt(f.id())) {
				var identity = this.registry.get(stay.stay().childId()).primaryIdentity().identity();
				assertThat(page).doesNotContain(identity.fullName()).doesNotContain(stay.stay().childId().toString());
			}
		}
	}

	private WebElement openMap() {
		this.browser.get("http://localhost:" + this.port + "/map");
		WebElement map = this.browser.findElement(By.id("map"));
		waitUntil(d -> "true".equals(map.getDomAttribute("data-loaded"))
				&& "true".equals(map.getDomAttribute("data-countries-loaded")));
		return map;
	}

	private <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

}
