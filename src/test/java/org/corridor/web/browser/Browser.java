package org.corridor.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * One headless Chromium for all browser tests of a JVM: Debian's {@code chromium}
 * ({@code CORRIDOR_CHROMIUM} to use another), driven by Playwright without downloading a
 * browser, closed when the JVM exits. Each test gets a fresh context (no cookies) with a
 * language and a viewport.
 */
public final class Browser {

	private static com.microsoft.playwright.Browser browser;

	private Browser() {
	}

	static synchronized com.microsoft.playwright.Browser get() {
		if (browser == null) {
			Path executable = Path.of(System.getenv().getOrDefault("CORRIDOR_CHROMIUM", "/usr/bin/chromium"));
			if (!Files.isExecutable(executable)) {
				throw new IllegalStateException("browser tests need Chromium at " + executable
						+ " (apt-get install chromium, or set CORRIDOR_CHROMIUM)");
			}
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.close();
				playwright.close();
			}, "browser-shutdown"));
		}
		return browser;
	}

	/** A new page in a fresh context whose browser prefers {@code language}. */
	public static Page open(String language, int width, int height) {
		BrowserContext context = get()
			.newContext(new NewContextOptions().setLocale(language).setViewportSize(width, height).setBaseURL(null));
		context.setDefaultTimeout(30_000);
		return context.newPage();
	}

	/** A desktop-sized page preferring English. */
	public static Page open() {
		return open("en-GB", 1280, 900);
	}

	/**
	 * The elements that reach past the right edge of the viewport, as "tag#id.class" with
	 * their right edge, for an assertion message; empty when nothing sticks out.
	 */
	public static String overflowing(Page page) {
		return (String) page.evaluate(
				"""
						() => [...document.querySelectorAll('body *')]
						  .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
						  .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1))
						  .slice(0, 8)
						  .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
						      + ' right=' + Math.round(e.getBoundingClientRect().right))
						  .join(', ')""");
	}

}
