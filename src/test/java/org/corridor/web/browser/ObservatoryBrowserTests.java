package org.corridor.web.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.corridor.CorridorIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The observatory page in a real Chromium on the demo indicators: the index with
 * performance groups and rank ranges, the efficiency analysis with peers, the target
 * board with statuses in words, sorting, CSV downloads and the language switch.
 */
@CorridorIntegrationTest
@Tag("browser")
class ObservatoryBrowserTests extends BrowserTest {

	@Test
	void indexTableRanksTheDemoCitiesWithGroupsAsText() {
		this.page = Browser.open();
		this.page.navigate(url("/observatory"));
		assertThat(this.page.locator("h1")).hasText("Observatory");
		Locator rows = this.page.locator("#index-table tbody tr");
		assertThat(rows.first()).isVisible();
		assertThat(rows.count()).isGreaterThanOrEqualTo(5);
		assertThat(rows.first().locator("td").first()).hasText("1");
		assertThat(rows.first().locator("a")).hasAttribute("href", Pattern.compile("/regions/\\d{6}"));
		List<String> groups = this.page.locator("#index-table .group").allTextContents();
		assertThat(groups).allMatch((g) -> List.of("leader", "strong", "moderate", "emerging").contains(g.strip()));
		assertThat(groups).contains("leader");
		assertThat(this.page.locator("#index-table")).containsText("苏州市");
		assertThat(this.page.locator("#index-table")).containsText("宿州市");
		assertThat(rows.first().locator("td").nth(5)).hasText(Pattern.compile("\\d+(\\.\\d+)?–\\d+(\\.\\d+)?"));
	}

	@Test
	void efficiencyTableShowsScoresPeersAndSlacksOfTheJiangsuCities() {
		this.page = Browser.open();
		this.page.navigate(url("/observatory?model=bcc"));
		assertThat(this.page.locator("#h-efficiency")).containsText("BCC");
		Locator rows = this.page.locator("#efficiency-table tbody tr");
		assertThat(rows.count()).isGreaterThanOrEqualTo(3);
		assertThat(this.page.locator("#efficiency-table")).containsText("Suzhou");
		assertThat(this.page.locator("#efficiency-table .efficient").first()).hasText("efficient");
		assertThat(this.page.locator("#efficiency-table thead")).containsText("Slack: R&D expenditure");
		assertThat(this.page.locator("#efficiency-table ul.peers a").first()).hasAttribute("href",
				Pattern.compile("/regions/32\\d{4}"));
		assertThat(this.page.locator("#model")).hasValue("bcc");
	}

	@Test
	void clickingAColumnHeaderSortsByItThroughTheAddress() {
		this.page = Browser.open();
		this.page.navigate(url("/observatory"));
		this.page.locator("#index-table thead a", new Page.LocatorOptions().setHasText("Rank")).first().click();
		assertThat(this.page).hasURL(Pattern.compile(".*isort=-rank.*"));
		assertThat(this.page.locator("#index-table th[aria-sort=descending]")).containsText("Rank");
		this.page.waitForLoadState();
		Locator first = this.page.locator("#index-table tbody tr").first().locator("td").first();
		int rows = this.page.locator("#index-table tbody tr").count();
		assertThat(first).hasText(String.valueOf(rows));
	}

	@Test
	void targetBoardGivesEachStatusInWordsAndTheShareAchieved() {
		this.page = Browser.open();
		this.page.navigate(url("/observatory"));
		Locator rows = this.page.locator("#targets-table tbody tr");
		assertThat(rows).hasCount(4);
		for (String status : this.page.locator("#targets-table .status").allTextContents()) {
			assertThat(status.strip()).isNotEmpty();
		}
		assertThat(this.page.locator("#targets-table")).containsText("Ningbo");
		assertThat(this.page.locator("#targets-table")).containsText("GDP 2 tn yuan by 2025");
		assertThat(this.page.locator("#targets-table .share").first()).containsText("achieved");
	}

	@Test
	void eachTableDownloadsAsCsvWithAHeaderAndRows() throws Exception {
		this.page = Browser.open();
		this.page.navigate(url("/observatory"));
		String[][] expected = { { "#index-csv", "year,rank,region_code" }, { "#efficiency-csv", "year,model" },
				{ "#targets-csv", "region_code,region_en" } };
		for (String[] link : expected) {
			Download download = this.page.waitForDownload(() -> this.page.locator(link[0]).click());
			List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
			assertThat(lines.get(0)).startsWith(link[1]);
			assertThat(lines.size()).as(link[0]).isGreaterThan(2);
			assertThat(download.suggestedFilename()).endsWith(".csv");
		}
	}

	@Test
	void switchingLanguageTranslatesHeadingsAndGroups() {
		this.page = Browser.open();
		this.page.navigate(url("/observatory?year=2022"));
		this.page.locator(".langs a[lang=zh]").click();
		assertThat(this.page).hasURL(Pattern.compile(".*year=2022.*"));
		assertThat(this.page.locator("h1")).hasText("观测台");
		assertThat(this.page.locator("#h-index")).hasText("2022年综合指数");
		assertThat(this.page.locator("#h-targets")).hasText("目标看板");
		assertThat(this.page.locator("#index-table .group-leader").first()).hasText("领先");
		this.page.locator(".langs a[lang=de]").click();
		assertThat(this.page.locator("#h-targets")).hasText("Zieltafel");
	}

	@Test
	void aBadYearIsAFriendlyError() {
		this.page = Browser.open();
		assertThat(this.page.navigate(url("/observatory?year=last")).status()).isEqualTo(400);
		assertThat(this.page.locator("main")).containsText("year");
	}

	@Test
	void narrowScreenNeedsNoSidewaysScrolling() {
		this.page = Browser.open("en-GB", 360, 740);
		this.page.navigate(url("/observatory"));
		assertThat(sidewaysOverflow()).as(Browser.overflowing(this.page)).isLessThanOrEqualTo(0);
	}

}
