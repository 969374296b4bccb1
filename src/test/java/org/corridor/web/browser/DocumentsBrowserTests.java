package org.corridor.web.browser;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import org.corridor.CorridorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents pages in a real Chromium: a journalist pastes an article and reads it
 * highlighted next to its facts and brief, whose [n] marks jump to the sentences; bad
 * uploads say why on the page and store nothing; document text is shown, never run.
 */
@CorridorIntegrationTest
@Tag("browser")
class DocumentsBrowserTests extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.corridor.ingest.Documents documents;

	@org.springframework.beans.factory.annotation.Autowired
	org.corridor.account.Accounts accounts;

	private static final String PASSWORD = "an analyst's long password";

	private org.corridor.account.Account analyst;

	/** A page signed in as an analyst, who may add documents. */
	private Page asAnalyst() {
		if (this.analyst == null) {
			this.analyst = this.accounts
				.create(new org.corridor.account.Accounts.NewAccount("analyst-" + System.nanoTime() + "@example.org",
						"Analyst", PASSWORD, org.corridor.account.Role.ANALYST, null, null));
		}
		Page page = Browser.open();
		page.navigate(url("/login"));
		page.locator("#username").fill(this.analyst.email());
		page.locator("#password").fill(PASSWORD);
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".account")).containsText(this.analyst.email());
		return page;
	}

	@Test
	void onlyAnalystsAndAdministratorsSeeTheUploadFormAndAnAnonymousPostIsSentToSignIn() {
		this.page = Browser.open();
		this.page.navigate(url("/documents"));
		assertThat(this.page.locator("#upload-form")).hasCount(0);
		assertThat(this.page.locator("#upload-who")).containsText("Analysts and administrators add documents.");
		long before = this.documents.count();
		com.microsoft.playwright.APIResponse response = this.page.request()
			.post(url("/documents"),
					com.microsoft.playwright.options.RequestOptions.create()
						.setMultipart(
								com.microsoft.playwright.options.FormData.create().set("text", "Ningbo und Shanghai."))
						.setMaxRedirects(0));
		assertThat(response.status()).as("refused, with or without a CSRF token").isIn(302, 403);
		assertThat(this.documents.count()).isEqualTo(before);
	}

	private int documentCount() {
		this.page.navigate(url("/documents"));
		return Integer.parseInt(this.page.locator("#documents").getAttribute("data-total"));
	}

	private void paste(String text) {
		this.page.navigate(url("/documents"));
		this.page.getByLabel("…or paste the text").fill(text);
		this.page.locator("#upload-form button[type=submit]").click();
		this.page.locator("#doc-text, #upload-error").first().waitFor();
		if (this.page.locator("#upload-error").count() > 0) {
			throw new AssertionError("the upload was refused: " + this.page.locator("#upload-error").innerText());
		}
		this.page.waitForURL(Pattern.compile(".*/documents/\\d+.*"));
	}

	@Test
	void aPastedArticleIsReadWithHighlightedFactsAndABriefWhoseCitationsJumpToTheirSentences() {
		this.page = asAnalyst();
		paste("Ningbo und Shanghai unterzeichneten am 12. März 2026 in Shanghai eine Rahmenvereinbarung über den "
				+ "Ausbau der Hochgeschwindigkeitsbahn und des Hafens. Bis 2027 will Ningbo eine F&E-Quote von 3,5 % "
				+ "erreichen. Browsertest " + System.nanoTime() + ".");
		Locator ningbo = this.page.locator("#doc-text .m-region", new Page.LocatorOptions().setHasText("Ningbo"))
			.first();
		assertThat(ningbo).isVisible();
		assertThat(ningbo).hasAttribute("title", Pattern.compile(".*330200.*prefecture-level division.*"));
		assertThat(this.page.locator("#doc-text .m-value")).hasText("3,5 %");
		assertThat(this.page.locator("#facts")).containsText("R&D intensity");
		assertThat(this.page.locator("#facts")).containsText("3.5 %");
		assertThat(this.page.locator("#facts")).containsText("agreement");
		this.page.locator("#doc-text .m-value").click();
		assertThat(this.page.locator("#facts li.selected")).containsText("R&D intensity");

		Locator goals = this.page.locator("#theme-agreements_goals");
		assertThat(goals).containsText("Ningbo: R&D intensity 3.5 % by 2027");
		assertThat(this.page.locator("#theme-infrastructure")).containsText("Rail, ports: Ningbo, Shanghai");
		Locator cite = goals.locator("li", new Locator.LocatorOptions().setHasText("by 2027")).locator("a.cite");
		String href = cite.first().getAttribute("href");
		cite.first().click();
		assertThat(this.page).hasURL(Pattern.compile(".*/documents/\\d+" + href + "$"));
		Locator target = this.page.locator(":target");
		assertThat(target).hasAttribute("id", href.substring(1));
		assertThat(target).containsText("F&E-Quote von 3,5 %");
		assertThat(target).isInViewport();
		assertThat(this.page.locator("#glossary")).containsText("prefecture-level division in Zhejiang");

		this.page.navigate(this.page.url().replaceAll("#.*", "") + "?lang=zh");
		assertThat(this.page.locator("#h-brief")).hasText("简报");
		assertThat(this.page.locator("#theme-agreements_goals")).containsText("宁波市：到2027年研发投入强度达到3.5%");
		assertThat(this.page.locator("#glossary")).containsText("浙江省下辖的地级行政区");
	}

	@Test
	void emptyAndBinaryUploadsShowTheirErrorAndStoreNothing() {
		this.page = asAnalyst();
		int before = documentCount();
		this.page.locator("#upload-file").setInputFiles(new FilePayload("empty.txt", "text/plain", new byte[0]));
		this.page.locator("#upload-form button[type=submit]").click();
		assertThat(this.page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
			.containsText("the file is empty");
		assertThat(this.page).hasURL(url("/documents"));
		this.page.locator("#upload-file")
			.setInputFiles(new FilePayload("photo.png", "application/octet-stream",
					new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0 }));
		this.page.locator("#upload-form button[type=submit]").click();
		assertThat(this.page.locator("#upload-error")).containsText("binary");
		assertThat(this.page.locator("#upload-error")).hasAttribute("role", "alert");
		assertThat(documentCount()).isEqualTo(before);

		this.page.navigate(url("/documents?lang=de"));
		this.page.locator("#upload-form button[type=submit]").click();
		assertThat(this.page.locator("#upload-error")).containsText("Wählen Sie eine Datei oder fügen Sie Text ein.");
		assertThat(documentCount()).isEqualTo(before);
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedWithoutSendingIt() {
		this.page = asAnalyst();
		this.page.navigate(url("/documents"));
		int before = Integer.parseInt(this.page.locator("#documents").getAttribute("data-total"));
		this.page.evaluate("document.getElementById('upload-form').dataset.limit = '10'");
		this.page.locator("#upload-file")
			.setInputFiles(new FilePayload("long.txt", "text/plain",
					"Ningbo und Shanghai vertiefen die Zusammenarbeit.".getBytes(StandardCharsets.UTF_8)));
		this.page.locator("#upload-form button[type=submit]").click();
		assertThat(this.page.locator("#upload-error")).containsText("too large");
		assertThat(documentCount()).isEqualTo(before);
	}

	@Test
	void aFreshVisitorCanUploadBelowAFullListOfDocuments() {
		for (int i = 0; i < 20; i++) {
			this.documents.ingest(("Wuxi und Changzhou, Meldung " + i + " vom " + System.nanoTime() + ".")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8), "filler-" + i + ".txt", null);
		}
		this.page = asAnalyst();
		paste("Nantong und Yancheng unterzeichnen ein Rahmenabkommen. " + System.nanoTime());
		assertThat(this.page.locator("#doc-text")).containsText("Rahmenabkommen");
	}

	@Test
	void documentTextIsShownNeverRun() {
		this.page = asAnalyst();
		AtomicBoolean dialog = new AtomicBoolean();
		this.page.onDialog((d) -> {
			dialog.set(true);
			d.dismiss();
		});
		paste("Hefei und Wuhu vertiefen die Kooperation. <script>alert(1)</script> <img src=x onerror=alert(2)> "
				+ System.nanoTime());
		assertThat(this.page.locator("#doc-text")).containsText("<script>alert(1)</script>");
		assertThat(this.page.locator("#doc-text")).containsText("<img src=x onerror=alert(2)>");
		assertThat(this.page.locator("#doc-text script")).hasCount(0);
		assertThat(dialog.get()).isFalse();
	}

	@Test
	void aCorpusArticleShowsItsAppendedGlossaryApartAndABriefGlossaryFromCorridor() {
		this.page = asAnalyst();
		long chongqing = this.documents.search("004_2e3c64913e468b1c", 1).get(0).id();
		this.page.navigate(url("/documents/" + chongqing));
		assertThat(this.page.locator(".glossary-note")).isVisible();
		assertThat(this.page.locator("#glossary")).containsText("economic circle with");
		assertThat(this.page.locator("#glossary")).not().containsText("Land des Himmels");
		assertThat(this.page.locator("#theme-agreements_goals")).containsText("R&D intensity 3 % by 2027");
	}

	@Test
	void pastedTextSurvivesLeavingThePageAndIsForgottenOnceStored() {
		this.page = asAnalyst();
		this.page.navigate(url("/documents"));
		String text = "Hefei und Wuhu vereinbarten am 3. März 2026 eine Zusammenarbeit. " + System.nanoTime();
		this.page.getByLabel("…or paste the text").fill(text);
		this.page.navigate(url("/"));
		this.page.navigate(url("/documents"));
		assertThat(this.page.locator("#upload-text")).hasValue(text);
		this.page.locator("#upload-form button[type=submit]").click();
		assertThat(this.page).hasURL(Pattern.compile(".*/documents/\\d+.*"));
		// the stored document's page forgets the kept text when its scripts run: wait for
		// them
		this.page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		this.page.navigate(url("/documents"));
		assertThat(this.page.locator("#upload-text")).hasValue("");
	}

	@Test
	void anUnknownDocumentIsAFriendlyNotFoundPage() {
		this.page = asAnalyst();
		Response response = this.page.navigate(url("/documents/999999"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.locator("main")).containsText("There is no document “999999”");
		this.page.navigate(url("/documents/999999?lang=de"));
		assertThat(this.page.locator("h1")).not().hasText("Not found");
		assertThat(this.page.locator("nav.main")).isVisible();
		response = this.page.navigate(url("/documents/not-a-number?lang=en"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.locator("main")).containsText("There is no document “not-a-number”");
	}

	@Test
	void onAPhoneThePanelsStackWithoutSidewaysScrolling() {
		this.page = Browser.open("en-GB", 360, 740);
		this.page.navigate(url("/documents"));
		this.page.locator("#documents a").first().click();
		assertThat(sidewaysOverflow()).as(Browser.overflowing(this.page)).isLessThanOrEqualTo(0);
		double textLeft = this.page.locator(".reader-text").boundingBox().x;
		double briefLeft = this.page.locator("#brief").boundingBox().x;
		assertThat(Math.abs(textLeft - briefLeft)).isLessThan(20);
	}

}
