package org.corridor.web.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.corridor.CorridorIntegrationTest;
import org.corridor.geo.Level;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network page in a real Chromium: the drawing, the sortable table, the level switch,
 * the exports, an empty window and the Chinese labels.
 */
@CorridorIntegrationTest
@Tag("browser")
class NetworkBrowserTests extends BrowserTest {

	@Test
	void theNetworkIsDrawnAndItsMeasuresTabulated() {
		this.page = Browser.open();
		this.page.navigate(url("/network"));
		assertThat(this.page.locator("h1")).hasText("Cooperation network");
		assertThat(this.page.locator("#network-chart canvas")).hasCount(1);
		assertThat(this.page.locator("#network-chart")).hasAttribute("data-rendered", "true");
		assertThat(this.page.locator("#nodes tbody tr")).not().hasCount(0);
		String degree = this.page.locator("#nodes tbody tr").first().locator("td").nth(2).innerText();
		assertThat(Integer.parseInt(degree.strip())).isPositive();
		assertThat(this.page.locator("#nodes tbody tr").first().locator("td a")).hasAttribute("href",
				Pattern.compile("/regions/\\d{6}"));
		assertThat(this.page.locator("#h-bridges")).isVisible();
		assertThat(this.page.locator("#h-bridges + p + p")).hasText("No region links two communities.");
		assertThat(this.page.locator("#under-connected tbody tr")).not().hasCount(0);
		assertThat(this.page.getByLabel("Node size shows")).isVisible();
	}

	@Test
	void sortingByAColumnChangesTheOrder() {
		this.page = Browser.open();
		this.page.navigate(url("/network?sort=name&dir=asc"));
		List<String> byName = codes();
		this.page.locator("#nodes th a[data-column=strength]").click();
		assertThat(this.page).hasURL(Pattern.compile(".*sort=strength.*"));
		assertThat(this.page.locator("#network-chart")).hasAttribute("data-rendered", "true");
		assertThat(this.page.locator("#nodes th[aria-sort=descending]")).containsText("Strength");
		List<String> byStrength = codes();
		assertThat(byStrength).isNotEqualTo(byName).containsExactlyInAnyOrderElementsOf(byName);
		List<Double> values = this.page.locator("#nodes tbody tr td:nth-child(4)")
			.allInnerTexts()
			.stream()
			.map((t) -> Double.parseDouble(t.replace(",", "")))
			.toList();
		assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		this.page.locator("#nodes th a[data-column=strength]").click();
		assertThat(this.page.locator("#nodes th[aria-sort=ascending]")).containsText("Strength");
		assertThat(this.page.locator("#network-chart")).hasAttribute("data-rendered", "true");
		assertThat(codes().get(0)).isNotEqualTo(byStrength.get(0));
	}

	@Test
	void changingTheLevelReloadsWithTheLevelInTheAddress() {
		this.page = Browser.open();
		this.page.navigate(url("/network?level=2"));
		assertThat(this.page.locator("#network-chart")).hasAttribute("data-rendered", "true");
		int cities = this.page.locator("#nodes tbody tr").count();
		this.page.getByLabel("Level").selectOption("1");
		assertThat(this.page).hasURL(Pattern.compile(".*level=1.*"));
		assertThat(this.page.locator("#network-chart")).hasAttribute("data-rendered", "true");
		assertThat(this.page.getByLabel("Level")).hasValue("1");
		assertThat(this.page.locator("#nodes tbody tr")).not().hasCount(0);
		assertThat(this.page.locator("#nodes tbody tr").count()).isLessThan(cities);
	}

	@Test
	void theExportLinksDownloadGraphmlAndCsvOfTheSameNetwork() throws Exception {
		this.page = Browser.open();
		this.page.navigate(url("/network?level=1&from=2020&to=2025"));
		String graphml = this.page.locator("#export-graphml").getAttribute("href");
		String csv = this.page.locator("#export-csv").getAttribute("href");
		assertThat(graphml).contains("level=1").contains("from=2020-01-01").contains("at=2025-12-31");
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> g = http.send(HttpRequest.newBuilder(URI.create(url(graphml))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(g.statusCode()).isEqualTo(200);
		assertThat(g.body()).contains("<graphml");
		HttpResponse<String> c = http.send(HttpRequest.newBuilder(URI.create(url(csv))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(c.statusCode()).isEqualTo(200);
		assertThat(c.body()).startsWith("node,label,degree");
		assertThat(this.page.locator("#network-chart")).hasAttribute("data-rendered", "true");
		assertThat(c.body().lines().count() - 1).isEqualTo(this.page.locator("#nodes tbody tr").count());
	}

	@Test
	void chineseLabels() {
		this.page = Browser.open();
		this.page.navigate(url("/network?lang=zh"));
		assertThat(this.page.locator("h1")).hasText("合作网络");
		assertThat(this.page.getByLabel("层级")).isVisible();
		assertThat(this.page.locator("#nodes thead")).containsText("中介中心性");
		assertThat(this.page.locator("#nodes tbody tr").first().locator("td a"))
			.hasText(Pattern.compile("^[\\u4e00-\\u9fff]+$"));
	}

	@Test
	void aPhoneScreenNeedsNoSidewaysScrolling() {
		this.page = Browser.open("en-GB", 360, 740);
		this.page.navigate(url("/network"));
		assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
	}

	private List<String> codes() {
		return List.of(this.page.locator("#nodes tbody tr")
			.evaluateAll("rows => rows.map(r => r.dataset.code).join(',')")
			.toString()
			.split(","));
	}

}
