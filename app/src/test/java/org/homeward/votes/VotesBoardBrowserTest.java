package org.homeward.votes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.homeward.testsupport.BrowserTest;
import org.homeward.testsupport.DemoInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The voting board in real Chromium at 1920 × 1080: all 193 members visible at once, each
 * in its vote's colour and with its letter; and an investigator's upload.
 */
@DemoInstance
class VotesBoardBrowserTest extends BrowserTest {

	private static final Map<String, String> COLOURS = Map.of("YES", "rgb(30, 123, 52)", "NO", "rgb(183, 28, 28)",
			"ABSTAIN", "rgb(246, 199, 0)", "NON_VOTING", "rgb(201, 206, 214)");

	@Autowired
	GeneralAssemblyVotes votes;

	@Test
	void boardShowsAll193MembersAtOnceInTheirVotesColourWithALetter() {
		Map<String, Vote> dealt = SyntheticVotes.deal(91125703, 91, 12, 57);
		long id = importBoard(dealt);
		startBrowser(1920, 1080);
		this.browser.get(url("/votes/" + id));

		List<WebElement> names = this.browser.findElements(By.cssSelector("#board .seat .name"));
		assertThat(names).hasSize(193);
		assertThat(names).allSatisfy(name -> assertThat(name.isDisplayed()).isTrue());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> seats = (List<Map<String, Object>>) ((JavascriptExecutor) this.browser).executeScript(
				"""
						const w = window.innerWidth, h = window.innerHeight;
						return Array.from(document.querySelectorAll('#board .seat')).map(s => {
						  const r = s.querySelector('.name').getBoundingClientRect();
						  return { code: s.dataset.code, vote: s.dataset.vote, letter: s.querySelector('.letter').textContent,
						    colour: getComputedStyle(s).backgroundColor, name: s.querySelector('.name').textContent,
						    inside: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= w && r.bottom <= h };
						});""");
		assertThat(seats).hasSize(193).allSatisfy(seat -> {
			Vote expected = dealt.get((String) seat.get("code"));
			assertThat(seat.get("inside")).as("%s within 1920x1080", seat.get("name")).isEqualTo(true);
			assertThat(seat.get("vote")).as("%s", seat.get("name")).isEqualTo(expected.name());
			assertThat(seat.get("letter")).isEqualTo(expected.letter());
			assertThat(seat.get("colour")).as("%s", seat.get("name")).isEqualTo(COLOURS.get(expected.name()));
		});
		assertThat(seats.get(0).get("name")).isEqualTo("Afghanistan");
		assertThat(this.browser.findElement(By.id("total-yes")).getText()).isEqualTo("91");
		assertThat(this.browser.findElement(By.id("total-no")).getText()).isEqualTo("12");
		assertThat(this.browser.findElement(By.id("total-abstain")).getText()).isEqualTo("57");
		assertThat(this.browser.findElement(By.id("outcome")).getText()).contains("69").contains("adopted");
		assertThat(this.browser.findElement(By.id("vote-time")).getText()).isEqualTo("3 December 2025, 10:42");
	}

	@Test
	void investigatorUploadsAFileAndSeesAProblemNamedByLine() throws Exception {
		Path file = Files.createTempFile("votes", ".csv");
		Files.writeString(file, "member,vote\nUkraine,Y\nNarnia,N\n", StandardCharsets.UTF_8);
		startBrowser(1280, 900);
		this.browser.get(url("/votes/import"));
		this.browser.findElement(By.id("username")).sendKeys("investigator");
		this.browser.findElement(By.id("password")).sendKeys("demo");
		this.browser.findElement(By.id("login-submit")).click();
		waitFor(By.id("import-form"));
		fill(file, VotesApiTest.symbol());
		assertThat(waitFor(By.id("import-problems")).getText()).contains("Narnia").contains("3");

		Files.writeString(file, "member,vote\nUkraine,Y\nRussian Federation,N\n", StandardCharsets.UTF_8);
		fill(file, VotesApiTest.symbol());
		assertThat(waitFor(By.id("import-report")).getText()).contains("TEST/RES/");
		Files.delete(file);
	}

	private void fill(Path file, String symbol) {
		this.browser.findElement(By.id("file")).sendKeys(file.toString());
		this.browser.findElement(By.id("symbol")).clear();
		this.browser.findElement(By.id("symbol")).sendKeys(symbol);
		this.browser.findElement(By.id("title")).clear();
		this.browser.findElement(By.id("title")).sendKeys("Synthetic upload");
		this.browser.executeScript("document.getElementById('date').value = '2025-12-03'");
		this.browser.findElement(By.id("import-submit")).click();
	}

	private long importBoard(Map<String, Vote> dealt) {
		return SyntheticVotes.importDealt(this.votes, dealt, Majority.TWO_THIRDS,
				"Synthetic resolution for the board test");
	}

	private WebElement waitFor(By by) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

}
