package org.corridor.web.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.corridor.CorridorIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map page in a real Chromium: the chart draws on a canvas, the filters are a GET
 * form whose choices change the address and the table, and cities lead to their profiles.
 */
@CorridorIntegrationTest
@Tag("browser")
class MapBrowserTests extends BrowserTest {

	@Test
	void theMapDrawsOutlinesCitiesAndTiesOnACanvas() {
		this.page = Browser.open();
		this.page.navigate(url("/map"));
		assertThat(this.page.locator("h1")).hasText("Map");
		assertThat(this.page.locator("#map-chart[data-ready=true] canvas").first()).isVisible();
		Object series = this.page.evaluate("window.corridorMap.getOption().series.map(s => s.data.length)");
		List<?> counts = (List<?>) series;
		assertThat(((Number) counts.get(0)).intValue()).as("cities with a value").isGreaterThan(5);
		assertThat(((Number) counts.get(2)).intValue()).as("cooperation ties").isGreaterThan(0);
		assertThat(this.page.locator("#map-table tbody tr").count()).isEqualTo(((Number) counts.get(0)).intValue());
	}

	@Test
	void choosingAMeasureChangesTheAddressAndTheTable() {
		this.page = Browser.open();
		this.page.navigate(url("/map"));
		String indexFirst = this.page.locator("#map-table tbody tr").first().locator("td").nth(1).textContent();
		this.page.getByLabel("Colour by", new Page.GetByLabelOptions().setExact(true)).selectOption("population");
		this.page.locator("#map-form button[type=submit]").click();
		assertThat(this.page).hasURL(Pattern.compile(".*measure=population.*"));
		assertThat(this.page.locator("#measure")).hasValue("population");
		Locator firstValue = this.page.locator("#map-table tbody tr").first().locator("td").nth(1);
		assertThat(firstValue).hasText(Pattern.compile(".* m"));
		assertThat(firstValue).not().hasText(indexFirst);
		assertThat(this.page.locator("#map-table tbody tr").count()).isGreaterThanOrEqualTo(40);
	}

	@Test
	void theGroupingAndWindowFiltersNarrowTheMap() {
		this.page = Browser.open();
		this.page.navigate(url("/map?measure=gdp"));
		int all = this.page.locator("#map-table tbody tr").count();
		this.page.getByLabel("Grouping", new Page.GetByLabelOptions().setExact(true)).selectOption("g60-corridor");
		this.page.locator("#from").fill("2020");
		assertThat(this.page.locator("#from-value")).hasText("2020");
		this.page.locator("#map-form button[type=submit]").click();
		assertThat(this.page).hasURL(Pattern.compile(".*grouping=g60-corridor.*"));
		assertThat(this.page).hasURL(Pattern.compile(".*from=2020.*"));
		assertThat(this.page.locator("#map-summary")).containsText("2020–");
		int g60 = this.page.locator("#map-table tbody tr").count();
		assertThat(g60).isGreaterThan(0).isLessThan(all);
	}

	@Test
	void aCityInTheTableLeadsToItsProfile() {
		this.page = Browser.open();
		this.page.navigate(url("/map"));
		Locator link = this.page.locator("#map-table tbody a").first();
		String href = link.getAttribute("href");
		assertThat(href).matches("/regions/\\d{6}");
		link.click();
		assertThat(this.page).hasURL(Pattern.compile(".*" + href + "$"));
	}

	@Test
	void clickingAPointOnTheMapLeadsToItsProfile() {
		this.page = Browser.open();
		this.page.navigate(url("/map?measure=gdp"));
		assertThat(this.page.locator("#map-chart[data-ready=true]")).hasCount(1);
		List<?> point = (List<?>) this.page.evaluate("""
				(() => { const o = window.corridorMap.getOption(); const d = o.series[0].data[0];
				  window.corridorMap.dispatchAction({ type: 'hideTip' });
				  const p = window.corridorMap.convertToPixel({ geoIndex: 0 }, [d.value[0], d.value[1]]);
				  const box = document.getElementById('map-chart').getBoundingClientRect();
				  return [p[0] + box.left, p[1] + box.top, d.code]; })()""");
		this.page.mouse().click(((Number) point.get(0)).doubleValue(), ((Number) point.get(1)).doubleValue());
		assertThat(this.page).hasURL(Pattern.compile(".*/regions/" + point.get(2) + "$"));
	}

	@Test
	void anUnknownGroupingIsAFriendlyNotFoundPage() {
		this.page = Browser.open();
		assertThat(this.page.navigate(url("/map?grouping=no-such-thing")).status()).isEqualTo(404);
	}

	@Test
	void narrowScreenNeedsNoSidewaysScrolling() {
		this.page = Browser.open("en-GB", 360, 740);
		this.page.navigate(url("/map"));
		assertThat(sidewaysOverflow()).as(Browser.overflowing(this.page)).isLessThanOrEqualTo(0);
	}

}
