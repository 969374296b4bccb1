package org.corridor.web.browser;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.corridor.CorridorIntegrationTest;
import org.corridor.account.Account;
import org.corridor.account.Accounts;
import org.corridor.account.Role;
import org.corridor.actor.Organisation;
import org.corridor.actor.OrganisationType;
import org.corridor.actor.Organisations;
import org.corridor.exchange.Factor;
import org.corridor.exchange.Listing;
import org.corridor.exchange.ListingInput;
import org.corridor.exchange.ListingKind;
import org.corridor.exchange.Listings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange in a real Chromium: a battery maker's member posts a need in Chinese, sees
 * ranked offers in several languages with their reasons as bars, sends an expression of
 * interest that the offering institute accepts; the listing form's errors next to each
 * field, input kept across an expired session, edit conflicts, other organisations'
 * listings refused, unknown listings, escaped titles and self-registration.
 */
@CorridorIntegrationTest
@Tag("browser")
class ExchangeBrowserTests extends BrowserTest {

	private static final String PASSWORD = "browser-test-password";

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Listings listings;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final List<Page> pages = new java.util.ArrayList<>();

	@AfterEach
	void close() {
		this.pages.forEach((p) -> p.context().close());
	}

	Page open(String language) {
		Page page = Browser.open(language, 1280, 900);
		this.pages.add(page);
		return page;
	}

	Account member(String who, String organisation, OrganisationType type, String region, String language) {
		Organisation created = this.organisations.register(new Organisations.NewOrganisation(
				organisation + " " + this.run, type, region, List.of("batteries"), language, false));
		return this.accounts.create(new Accounts.NewAccount(who + "-" + this.run + "@example.org", who, PASSWORD,
				Role.MEMBER, created.id(), null));
	}

	void signIn(Page page, Account account) {
		page.navigate(url("/login"));
		page.locator("#username").fill(account.email());
		page.locator("#password").fill(PASSWORD);
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".account")).containsText(account.email());
	}

	@Test
	void aNeedPostedInChineseMeetsOffersInOtherLanguagesAndEndsInAnAcceptedInterest() {
		Account maker = member("maker", "常熟锂能新材料有限公司", OrganisationType.ENTERPRISE, "320581", "zh");
		Account institute = member("institute", "Hangzhou Solid-State Battery Institute",
				OrganisationType.RESEARCH_INSTITUTE, "330106", "en");
		String offerTitle = "Pilot line for sulfide solid-state electrolyte " + this.run;
		this.listings.create(institute, null, new ListingInput(ListingKind.OFFER, Factor.PILOT_CAPACITY, null,
				offerTitle,
				"We run a dry-room pilot line for sulfide solid-state electrolyte powders (Li6PS5Cl), 50 kg per batch, "
						+ "and help partners scale up solid-state battery cells.",
				List.of("batteries", "new_materials"), null, List.of("joint_development", "service"), null, null, null,
				null), true);

		Page page = open("zh-CN");
		signIn(page, maker);
		page.navigate(url("/exchange"));
		assertThat(page.locator("h1")).hasText("要素交易");
		page.getByText("发布需求").first().click();
		assertThat(page.locator("h1")).hasText("发布需求");
		page.getByLabel("要素").selectOption("pilot_capacity");
		page.getByLabel("标题").fill("寻求固态电解质中试线合作 " + this.run);
		page.getByLabel("描述").fill("我司计划2027年完成全固态电池工艺验证，需要硫化物固态电解质中试线，预算800万元，年底前确定合作方。");
		page.locator("#industries").getByText("动力电池与储能").click();
		page.getByLabel("预算下限（元）").fill("5000000");
		page.getByLabel("预算上限（元）").fill("8000000");
		page.locator("#save-publish").click();

		assertThat(page.locator("#status")).hasText("已发布");
		assertThat(page.locator("#listing h1")).containsText("固态电解质中试线");
		Locator matches = page.locator("#matches > li");
		assertThat(matches.first()).isVisible();
		assertThat(page.locator("#matches")).containsText(offerTitle);
		assertThat(page.locator("#matches")).containsText("Festkörper");
		Set<String> languages = new HashSet<>(page.locator("#matches .language").allTextContents());
		assertThat(languages).as("offers in more than one language").contains("英文", "德文");
		Locator ours = matches.filter(new Locator.FilterOptions().setHasText(offerTitle));
		assertThat(ours.locator("tr.reason")).not().hasCount(0);
		assertThat(ours.locator("tr.reason[data-part=concepts] .bar > span")).hasAttribute("style",
				Pattern.compile("width:\\s*[1-9]"));
		assertThat(ours.locator("tr.reason[data-part=concepts] td.value")).containsText(Pattern.compile("\\d+ / 100"));
		Locator concepts = ours.locator("tr.reason[data-part=concepts] .explanation");
		assertThat(concepts).containsText(Pattern.compile("^共同概念：.*固态"));
		assertThat(ours.locator("tr.reason[data-part=proximity] .explanation")).containsText("公里");
		String listing = page.url().replaceAll("[?#].*$", "");
		page.navigate(listing + "?lang=de");
		assertThat(concepts).containsText(Pattern.compile("^gemeinsame Begriffe: .*Festkörper"));
		page.navigate(listing + "?lang=zh");
		assertThat(concepts).containsText(Pattern.compile("^共同概念：.*固态"));
		assertThat(ours.locator("tr.reason[data-part=history] .explanation")).containsText("自");

		ours.locator("a.express").click();
		assertThat(page.locator("#listing h1")).hasText(offerTitle);
		assertThat(page.locator("#i-from option:checked")).containsText("固态电解质中试线");
		page.getByLabel("留言").fill("我们希望合作，欢迎来常熟参观。");
		page.locator("#send-interest").click();
		assertThat(page.locator("#done")).hasText("合作意向已发送。");
		assertThat(page.locator("#sent")).containsText(offerTitle);
		assertThat(page.locator("#sent .istatus").first()).hasText("已发送");

		Page other = open("en-GB");
		signIn(other, institute);
		other.navigate(url("/exchange/inbox"));
		Locator received = other.locator("#received li.interest")
			.filter(new Locator.FilterOptions().setHasText(offerTitle));
		assertThat(received).containsText("常熟锂能新材料有限公司");
		assertThat(received).containsText("欢迎来常熟参观");
		assertThat(received.locator(".decline-form select[name=reason] option")).containsText(new String[] { "choose…",
				"too early for us", "benefit unclear", "not our field", "terms do not fit", "other" });
		received.locator("button.accept").click();
		assertThat(other.locator("#done")).hasText("You accepted the expression of interest.");
		assertThat(other.locator("#received li.interest")
			.filter(new Locator.FilterOptions().setHasText(offerTitle))
			.locator(".istatus")).hasText("accepted");

		page.reload();
		Locator sent = page.locator("#sent li.interest").filter(new Locator.FilterOptions().setHasText(offerTitle));
		assertThat(sent.locator(".istatus")).hasText("已接受");
		assertThat(sent.locator("button.withdraw")).hasCount(0);
		assertThat(sent.locator(".agreement-form")).isVisible();
	}

	@Test
	void anInvalidListingFormShowsEachErrorNextToItsFieldAndKeepsTheInput() {
		Account member = member("former", "Wuxi Form Works", OrganisationType.ENTERPRISE, "320200", "en");
		Page page = open("en-GB");
		signIn(page, member);
		page.navigate(url("/exchange/listings/new?kind=offer"));
		page.getByLabel("Factor").selectOption("data");
		page.getByLabel("Description").fill("A description that must survive the round trip.");
		page.getByLabel("Technology readiness level (TRL)").fill("12");
		page.getByLabel("Budget from (yuan)").fill("9000");
		page.getByLabel("Budget up to (yuan)").fill("100");
		page.getByLabel("Valid until").fill(LocalDate.now().minusDays(3).toString());
		page.locator("#save-publish").click();

		assertThat(page.locator("#form-errors")).isVisible();
		for (String[] field : new String[][] { { "f-title", "err-title", "Give the listing a title." },
				{ "f-trl", "err-trl", "1 to 9" }, { "f-budget-max", "err-budget_max_cny", "must not be below" },
				{ "f-valid", "err-valid_until", "in the past" } }) {
			Locator input = page.locator("#" + field[0]);
			assertThat(input).hasAttribute("aria-invalid", "true");
			assertThat(input).hasAttribute("aria-describedby", Pattern.compile("\\b" + field[1] + "\\b"));
			assertThat(page.locator("#" + field[1])).containsText(field[2]);
			Object adjacent = page.evaluate("([i, e]) => document.getElementById(i).closest('.field')"
					+ " === document.getElementById(e).closest('.field')", List.of(field[0], field[1]));
			assertThat(adjacent).as(field[1] + " sits with its field").isEqualTo(true);
		}
		assertThat(page.locator("#err-industries")).hasText("Choose at least one industry.");
		assertThat(page.locator("#f-description")).hasValue("A description that must survive the round trip.");
		assertThat(page.locator("#f-trl")).hasValue("12");
		assertThat(page.locator("#f-factor")).hasValue("data");
		assertThat(page.locator("#f-factor")).not().hasAttribute("aria-invalid", "true");
	}

	@Test
	void aSessionThatExpiresMidFormLosesNoInput() {
		Account member = member("sleepy", "Nantong Slow Typers", OrganisationType.ENTERPRISE, "320600", "en");
		Page page = open("en-GB");
		signIn(page, member);
		page.navigate(url("/exchange/listings/new"));
		page.getByLabel("Factor").selectOption("talent");
		page.getByLabel("Title").fill("Process engineers for a cathode plant " + this.run);
		page.getByLabel("Description").fill("Typed before lunch; the session expired meanwhile.");
		page.locator("#industries").getByText("Power Batteries and Energy Storage").click();
		page.context().clearCookies();
		page.locator("#save-publish").click();

		assertThat(page).hasURL(Pattern.compile(".*/login.*"));
		page.locator("#username").fill(member.email());
		page.locator("#password").fill(PASSWORD);
		page.locator("main button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/exchange/listings/new.*"));
		assertThat(page.locator("#f-title")).hasValue("Process engineers for a cathode plant " + this.run);
		assertThat(page.locator("#f-description")).hasValue("Typed before lunch; the session expired meanwhile.");
		assertThat(page.locator("#f-factor")).hasValue("talent");
		assertThat(page.locator("#industries input[value=batteries]")).isChecked();
		page.locator("#save-publish").click();
		assertThat(page.locator("#status")).hasText("published");
		// the page that shows the saved listing forgets the kept input once its scripts
		// have run
		page.waitForLoadState(LoadState.LOAD);

		page.navigate(url("/exchange/listings/new"));
		assertThat(page.locator("#f-title")).hasValue("");
	}

	@Test
	void anEditBasedOnAnOldVersionSaysSoAndKeepsTheInput() {
		Account member = member("editor", "Jiaxing Edit House", OrganisationType.ENTERPRISE, "330400", "en");
		Listing listing = this.listings.create(member, null,
				new ListingInput(ListingKind.NEED, Factor.DATA, "en", "Traffic data for logistics " + this.run,
						"We need anonymised traffic data.", List.of("batteries"), null, List.of(), null, null, null,
						null),
				false);
		Page page = open("en-GB");
		signIn(page, member);
		page.navigate(url("/exchange/listings/" + listing.id() + "/edit"));
		page.getByLabel("Title").fill("My better title " + this.run);
		this.listings.update(member, listing.id(), listing.version(), new ListingInput(null, null, null,
				"Their title " + this.run, null, null, null, null, null, null, null, null));
		page.locator("#save").click();
		assertThat(page.locator("#conflict")).containsText("changed this listing while you were editing it");
		assertThat(page.locator("#f-title")).hasValue("My better title " + this.run);
		page.locator("#save").click();
		assertThat(page.locator("#done")).hasText("Saved.");
		assertThat(page.locator("#listing h1")).hasText("My better title " + this.run);
		assertThat(page.locator("#publish")).isVisible();
		page.locator("#publish").click();
		assertThat(page.locator("#status")).hasText("published");
		assertThat(page.locator("#close")).isVisible();
	}

	@Test
	void anotherOrganisationsListingOffersNoEditAndRefusesIt() {
		Account member = member("nosy", "Huzhou Nosy Parkers", OrganisationType.ENTERPRISE, "330500", "en");
		Listing demo = this.listings
			.browse(new Listings.Filter(ListingKind.OFFER, null, null, null, null, null, null), null, 0, 1)
			.items()
			.get(0);
		Page page = open("en-GB");
		signIn(page, member);
		page.navigate(url("/exchange/listings/" + demo.id()));
		assertThat(page.locator("#edit")).hasCount(0);
		assertThat(page.locator("#owner-actions")).hasCount(0);
		assertThat(page.locator("#send-interest")).isVisible();
		Response response = page.navigate(url("/exchange/listings/" + demo.id() + "/edit"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("Cannot show this");
		assertThat(page.locator("nav.main")).isVisible();
	}

	@Test
	void anUnknownListingGetsAFriendlyPageInTheChosenLanguage() {
		Page page = open("de-DE");
		Response response = page.navigate(url("/exchange/listings/999999"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("main")).containsText("999999");
		assertThat(page.locator("html")).hasAttribute("lang", "de");
		assertThat(page.locator("nav.main")).isVisible();
	}

	@Test
	void aTitleWithMarkupShowsAsText() {
		Account member = member("mallory", "Shaoxing Markup Ltd", OrganisationType.ENTERPRISE, "330600", "en");
		String title = "<script>window.pwned = 1</script><b>bold</b> " + this.run;
		Listing listing = this.listings.create(member, null,
				new ListingInput(ListingKind.OFFER, Factor.FACILITY, "en", title,
						"<img src=x onerror=\"window.pwned = 2\">", List.of("batteries"), null, List.of(), null, null,
						null, null),
				true);
		Page page = open("en-GB");
		page.navigate(url("/exchange/listings/" + listing.id()));
		assertThat(page.locator("#listing h1")).hasText(title);
		assertThat(page.locator("#listing .description")).hasText("<img src=x onerror=\"window.pwned = 2\">");
		page.navigate(url("/exchange?q=" + this.run));
		assertThat(page.locator("#listings")).containsText("<script>");
		assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
	}

	@Test
	void browsingFiltersByKindAndFactorAndKeepsTheFilterInTheAddress() {
		Page page = open("en-GB");
		page.navigate(url("/exchange"));
		assertThat(page.locator("#listings tbody tr")).not().hasCount(0);
		page.getByLabel("Kind").selectOption("offer");
		page.locator("#filter").getByLabel("Factor").selectOption("pilot_capacity");
		page.locator("#filter button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*kind=offer.*factor=pilot_capacity.*"));
		assertThat(page.locator("#listings")).containsText("Festkörper");
		for (String kind : page.locator("#listings tbody td .kind").allTextContents()) {
			assertThat(kind).isEqualTo("offer");
		}
		page.navigate(url("/exchange?q=qqqxxyznothing"));
		assertThat(page.locator("#nothing")).isVisible();
	}

	@Test
	void aNewcomerRegistersAnOrganisationAndIsSignedIn() {
		Page page = open("en-GB");
		page.navigate(url("/exchange"));
		page.locator("main").getByText("Register").click();
		page.getByLabel("E-mail").fill("newcomer-" + this.run + "@example.org");
		page.getByLabel("Your name").fill("New Comer");
		page.getByLabel("Password").fill("short");
		page.getByLabel("Name of the organisation").fill("Kunshan Newcomers " + this.run);
		page.getByLabel("Type").selectOption(new SelectOption().setValue("enterprise"));
		page.getByLabel("Region (code or name)").fill("320583");
		page.locator("#register").click();
		assertThat(page.locator("#err-password")).containsText("12 characters");
		assertThat(page.locator("#r-password")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#r-org")).hasValue("Kunshan Newcomers " + this.run);
		page.getByLabel("Password").fill("a-long-enough-password");
		page.locator("#register").click();
		assertThat(page.locator(".account")).containsText("newcomer-" + this.run + "@example.org");
		assertThat(page.locator("h1")).hasText("Post a need");

		Page again = open("en-GB");
		again.navigate(url("/register"));
		again.getByLabel("E-mail").fill("newcomer-" + this.run + "@example.org");
		again.getByLabel("Your name").fill("Copy Cat");
		again.getByLabel("Password").fill("a-long-enough-password");
		again.getByLabel("Name of the organisation").fill("Kunshan Newcomers " + this.run);
		again.getByLabel("Region (code or name)").fill("320583");
		again.locator("#register").click();
		assertThat(again.locator("#err-email")).containsText("already registered");
		assertThat(again.locator("#err-organisation")).containsText("already registered");
	}

	@Test
	void aListingWithItsMatchesNeedsNoSidewaysScrollingOnAPhone() {
		Listing story = this.listings
			.browse(new Listings.Filter(ListingKind.NEED, null, null, null, null, null, "固态电解质"), null, 0, 1)
			.items()
			.get(0);
		Page page = Browser.open("zh-CN", 360, 740);
		this.pages.add(page);
		page.navigate(url("/exchange/listings/" + story.id()));
		assertThat(page.locator("#matches > li").first()).isVisible();
		for (String path : new String[] { "/exchange/listings/" + story.id(), "/exchange", "/register" }) {
			page.navigate(url(path));
			Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as(path).isLessThanOrEqualTo(0);
		}
	}

}
