package org.corridor.web.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class shares: the server's address, the page under test and
 * closing its context after each test. Subclasses are annotated
 * {@code @CorridorIntegrationTest @Tag("browser")}.
 */
abstract class BrowserTest {

	@LocalServerPort
	int port;

	/** The page of the test, opened with {@link Browser#open}; closed after the test. */
	Page page;

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	@AfterEach
	void closePage() {
		if (this.page != null) {
			this.page.context().close();
		}
	}

	/**
	 * How far the page reaches past the viewport's right edge (0 or less: no sideways
	 * scrolling).
	 */
	int sidewaysOverflow() {
		return ((Number) this.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
	}

}
