package org.homeward.votes;

import java.time.Duration;
import java.util.Map;

import org.homeward.testsupport.BrowserTest;
import org.homeward.testsupport.DemoInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The world map of a vote in real Chromium, with nothing loaded from outside this server:
 * every member state in its vote's colour.
 */
@DemoInstance
class VotesMapBrowserTest extends BrowserTest {

	@Autowired
	GeneralAssemblyVotes votes;

	@Test
	void mapColoursEachMemberStateByItsVote() {
		Map<String, Vote> dealt = SyntheticVotes.deal(20251203, 91, 12, 57);
		long id = SyntheticVotes.importDealt(this.votes, dealt, Majority.SIMPLE, "Synthetic resolution for the map");

		startBrowser(1400, 900);
		this.browser.get("http://localhost:" + this.port + "/votes/" + id + "/map");
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(d -> "true".equals(d.findElement(By.id("vote-map")).getDomAttribute("data-loaded")));

		int coloured = Integer.parseInt(this.browser.findElement(By.id("vote-map")).getDomAttribute("data-coloured"));
		assertThat(coloured).isGreaterThan(180);
		for (String code : new String[] { "UKR", "RUS", "BRA", "IND" }) {
			var path = this.browser.findElement(By.cssSelector("path[data-iso3='" + code + "']"));
			assertThat(path.getDomAttribute("data-vote")).isEqualTo(dealt.get(code).name());
			assertThat(path.getDomAttribute("fill")).isEqualTo(colour(dealt.get(code)));
		}
		Object external = this.browser.executeScript(
				"return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('http://localhost:')).length");
		assertThat(((Number) external).intValue()).isZero();
	}

	private static String colour(Vote vote) {
		return switch (vote) {
			case YES -> "#1e7b34";
			case NO -> "#b71c1c";
			case ABSTAIN -> "#f6c700";
			case NON_VOTING -> "#c9ced6";
		};
	}

}
