package org.homeward.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Value;

/**
 * What every test in real Chromium against the running application shares: the port, a
 * fresh browser per test (closed after it), and URLs on this server.
 */
public abstract class BrowserTest {

	@Value("${local.server.port}")
	protected int port;

	protected ChromeDriver browser;

	/**
	 * Starts a fresh headless Chromium (skipping the test where there is none).
	 * @param width window width in pixels
	 * @param height window height in pixels
	 * @return the browser, also in {@link #browser}
	 */
	protected ChromeDriver startBrowser(int width, int height) {
		closeBrowser();
		this.browser = Browser.start(width, height);
		return this.browser;
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
			this.browser = null;
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
