package org.corridor.web.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.corridor.CorridorIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frame and the overview in a real Chromium: navigation, language switch, search,
 * friendly 404 pages, sign-in, and a phone-sized screen.
 */
@CorridorIntegrationTest
@Tag("browser")
class OverviewBrowserTests extends BrowserTest {

	@Test
	void overviewShowsTheGroupingsAndLinksToEachSection() {
		this.page = Browser.open();
		this.page.navigate(url("/"));
		assertThat(this.page.locator("h1")).hasText("Overview");
		assertThat(this.page.locator("#groupings")).containsText("G60");
		int published = Integer.parseInt(this.page.locator("#exchange-activity strong").first().textContent().strip());
		assertThat(published).as("the 54 demo listings and any other tests publish").isGreaterThanOrEqualTo(54);
		assertThat(this.page.locator("#documents li")).not().hasCount(0);
		for (String section : new String[] { "Map", "Network", "Documents", "Exchange", "Observatory", "Regions" }) {
			assertThat(this.page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION)
				.getByText(section, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)))
				.isVisible();
		}
	}

	@Test
	void languageSwitchTranslatesTheFrameAndIsRemembered() {
		this.page = Browser.open();
		this.page.navigate(url("/"));
		this.page.locator(".langs a[lang=zh]").click();
		assertThat(this.page.locator("h1")).hasText("概览");
		assertThat(this.page.locator("html")).hasAttribute("lang", "zh");
		this.page.navigate(url("/search?q=Ningbo"));
		assertThat(this.page.locator("h1")).containsText("搜索结果");
		this.page.locator(".langs a[lang=de]").click();
		assertThat(this.page).hasURL(Pattern.compile(".*q=Ningbo.*lang=de|.*lang=de.*q=Ningbo.*"));
		assertThat(this.page.locator("h1")).containsText("Ergebnisse für");
	}

	@Test
	void browserLanguageChoosesThePageLanguage() {
		this.page = Browser.open("de-DE", 1280, 900);
		this.page.navigate(url("/"));
		assertThat(this.page.locator("h1")).hasText("Übersicht");
	}

	@Test
	void searchResolvesPlacesInAnyLanguageAndOrganisations() {
		this.page = Browser.open();
		this.page.navigate(url("/"));
		this.page.locator("#site-search").fill("Ningbos");
		this.page.locator("#site-search").press("Enter");
		assertThat(this.page.locator("#places")).containsText("宁波市");
		this.page.locator("#site-search").fill("Fraunhofer");
		this.page.locator("#site-search").press("Enter");
		assertThat(this.page.locator("h1")).containsText("Fraunhofer");
		this.page.locator("#site-search").fill("qqqxxyz");
		this.page.locator("#site-search").press("Enter");
		assertThat(this.page.locator("#nothing")).containsText("Nothing found");
	}

	@Test
	void unknownAddressesGetAFriendlyPageInTheChosenLanguage() {
		this.page = Browser.open("zh-CN", 1280, 900);
		Response response = this.page.navigate(url("/no/such/page"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.locator("h1")).hasText("未找到");
		assertThat(this.page.locator("nav.main")).isVisible();
	}

	@Test
	void signInWithAWrongPasswordSaysSo() {
		this.page = Browser.open();
		this.page.navigate(url("/login"));
		this.page.getByLabel("E-mail").fill("admin@corridor.local");
		this.page.getByLabel("Password").fill("not-the-password");
		this.page.locator("main button[type=submit]").click();
		assertThat(this.page.locator("#login-error")).isVisible();
		this.page.getByLabel("E-mail").fill("admin@corridor.local");
		this.page.getByLabel("Password").fill(CorridorIntegrationTest.ADMIN_PASSWORD);
		this.page.locator("main button[type=submit]").click();
		assertThat(this.page.locator(".account")).containsText("admin@corridor.local");
	}

	@Test
	void narrowScreenNeedsNoSidewaysScrolling() {
		this.page = Browser.open("en-GB", 360, 740);
		this.page.navigate(url("/"));
		assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
	}

}
