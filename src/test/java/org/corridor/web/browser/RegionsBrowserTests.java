package org.corridor.web.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.corridor.CorridorIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planner's path through the region pages: from the overview to a grouping, to Ningbo's
 * profile with its groupings, targets, indicators with sources, events and network
 * position; in other languages; and the 404 page for a code that is no region.
 */
@CorridorIntegrationTest
@Tag("browser")
class RegionsBrowserTests extends BrowserTest {

	@Test
	void fromTheOverviewThroughAGroupingToNingbosProfile() {
		this.page = Browser.open();
		this.page.navigate(url("/"));
		this.page.locator("#groupings a", new Page.LocatorOptions().setHasText("Hangzhou")).first().click();
		assertThat(this.page.locator("#members")).containsText("Ningbo");
		this.page.locator("#members a", new Page.LocatorOptions().setHasText("Ningbo")).first().click();
		assertThat(this.page).hasURL(url("/regions/330200"));
		assertThat(this.page.locator("#region-name")).containsText("宁波市");
		assertThat(this.page.locator("#parents")).containsText("Zhejiang");
		assertThat(this.page.locator("#memberships")).containsText("Ningbo");
		assertThat(this.page.locator("#targets")).containsText("GDP 2 tn yuan by 2025");
		assertThat(this.page.locator("#targets .status")).not().hasCount(0);
		assertThat(this.page.locator("#targets")).containsText("in 2025");
		assertThat(this.page.locator("#indicator-gdp svg")).isVisible();
		this.page.locator("#indicator-gdp summary").click();
		assertThat(this.page.locator("#indicator-gdp td.source").first()).not().isEmpty();
		assertThat(this.page.locator("#network-position")).containsText("rank");
	}

	@Test
	void theProfileSpeaksChineseAndGerman() {
		this.page = Browser.open();
		this.page.navigate(url("/regions/330200?lang=zh"));
		assertThat(this.page.locator("#h-targets")).hasText("目标");
		assertThat(this.page.locator("#targets")).containsText("2万亿元");
		this.page.navigate(url("/regions/330200?lang=de"));
		assertThat(this.page.locator("#targets")).containsText("2 Bio. Yuan");
	}

	@Test
	void listFiltersByNameAndLevel() {
		this.page = Browser.open();
		this.page.navigate(url("/regions"));
		assertThat(this.page.locator("#regions tbody tr")).hasCount(34);
		this.page.getByLabel("Name").fill("Suzhou");
		this.page.getByLabel("Level").selectOption("2");
		this.page.locator("main form button").click();
		assertThat(this.page.locator("#regions")).containsText("苏州市");
		assertThat(this.page.locator("#regions")).containsText("宿州市");
	}

	@Test
	void efficiencyAndWhomToLearnFromForTheCitiesTheAnalysisCovers() {
		this.page = Browser.open();
		this.page.navigate(url("/regions/330200"));
		assertThat(this.page.locator("#efficiency")).containsText("Not in the efficiency analysis");
		int withPartners = 0;
		for (String city : new String[] { "320100", "320200", "320300", "320400", "320500", "320600", "321000",
				"321200" }) {
			this.page.navigate(url("/regions/" + city));
			assertThat(this.page.locator("#efficiency")).containsText("Efficiency 2022");
			if (this.page.locator("#partners tbody tr").count() > 0) {
				withPartners++;
				assertThat(this.page.locator("#partners tbody tr a").first()).hasAttribute("href",
						java.util.regex.Pattern.compile("/regions/32\\d{4}"));
			}
		}
		assertThat(withPartners).isPositive();
	}

	@Test
	void unknownRegionGetsAFriendlyPage() {
		this.page = Browser.open("de-DE", 1280, 900);
		Response response = this.page.navigate(url("/regions/999999"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.locator("main")).containsText("Region „999999“");
		response = this.page.navigate(url("/groupings/no-such-grouping"));
		assertThat(response.status()).isEqualTo(404);
	}

}
