package org.corridor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Screenshots of the main pages of a running Corridor for the README, taken with Debian's
 * Chromium: {@code Screenshots BASE_URL OUT_DIR}. Run with {@code tools/screenshots}.
 */
public final class Screenshots {

	private Screenshots() {
	}

	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		Path out = Files.createDirectories(Path.of(args[1]));
		HttpClient client = HttpClient.newHttpClient();
		String document = PageTimings.firstId(client, base.resolve("/api/v1/documents"));
		String listing = PageTimings.firstId(client,
				base.resolve("/api/v1/exchange/listings?kind=need&factor=pilot_capacity&region=320581&size=1"));
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("overview", "/?lang=en");
		pages.put("map", "/map?lang=en");
		pages.put("network", "/network?lang=en");
		pages.put("region-ningbo", "/regions/330200?lang=en");
		pages.put("document", "/documents/" + document + "?lang=en");
		pages.put("exchange-matches", "/exchange/listings/" + listing + "?lang=zh");
		pages.put("observatory", "/observatory?lang=de");
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
					.setArgs(List.of("--no-sandbox", "--disable-gpu")));
			BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
			Page page = context.newPage();
			for (Map.Entry<String, String> entry : pages.entrySet()) {
				page.navigate(base.resolve(entry.getValue()).toString());
				page.waitForLoadState();
				page.waitForTimeout(1500);
				boolean whole = entry.getKey().equals("region-ningbo") || entry.getKey().equals("document");
				page.screenshot(
						new Page.ScreenshotOptions().setPath(out.resolve(entry.getKey() + ".png")).setFullPage(whole));
				System.out.println(out.resolve(entry.getKey() + ".png"));
			}
		}
	}

}
