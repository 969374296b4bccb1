package org.corridor.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.corridor.actor.Industries;
import org.corridor.exchange.Factor;
import org.corridor.exchange.ListingInput;
import org.corridor.exchange.ListingKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listing form finds every field at fault at once and turns a good form into the
 * exchange's input; a form sent after an expired session returns only to this site.
 */
class ListingFormTests {

	private static final Industries TAXONOMY = Industries.bundled();

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private static ListingForm form(String kind, String factor, String title, List<String> industries, String region,
			String trl, String min, String max, String until) {
		return new ListingForm(kind, factor, title, "", "", industries, region, List.of(), trl, min, max, until, null);
	}

	private static Map<String, ListingForm.FieldProblem> check(ListingForm form) {
		return form.check(TAXONOMY, "320581"::equals, TODAY, true);
	}

	@Test
	void everyFieldAtFaultIsNamedAtOnce() {
		Map<String, ListingForm.FieldProblem> problems = check(
				form(null, "data", " ", List.of(), "999999", "5", "9", "1", "2026-05-31"));
		assertThat(problems.keySet()).containsExactly("kind", "title", "industries", "region_code", "trl",
				"budget_max_cny", "valid_until");
		assertThat(problems.get("trl").key()).isEqualTo("form.error.trl.technology");
		assertThat(problems.get("valid_until").key()).isEqualTo("form.error.valid.past");
	}

	@Test
	void numbersAndDatesThatAreNotNumbersOrDatesAreFaults() {
		Map<String, ListingForm.FieldProblem> problems = check(
				form("need", "technology", "t", List.of("batteries"), "", "x", "-1", "abc", "next week"));
		assertThat(problems).containsOnlyKeys("trl", "budget_min_cny", "budget_max_cny", "valid_until");
		assertThat(problems.get("trl").key()).isEqualTo("form.error.trl.range");
		assertThat(check(form("need", "technology", "t", List.of("batteries"), "", "", "", "", "2029-06-02")))
			.containsOnlyKeys("valid_until");
		assertThat(check(form("need", "technology", "t", List.of("a", "b", "c", "d", "e", "f"), "", "", "", "", "")))
			.containsOnlyKeys("industries");
	}

	@Test
	void aGoodFormBecomesTheExchangesInputWithEmptyFieldsLeftToDefaults() {
		ListingForm good = form("need", "technology", "  固态电解质  ", List.of("batteries"), "320581", "6", "5,000,000",
				"8000000", "");
		assertThat(check(good)).isEmpty();
		ListingInput input = good.input(true);
		assertThat(input.kind()).isEqualTo(ListingKind.NEED);
		assertThat(input.factor()).isEqualTo(Factor.TECHNOLOGY);
		assertThat(input.title()).isEqualTo("固态电解质");
		assertThat(input.language()).isNull();
		assertThat(input.trl()).isEqualTo(6);
		assertThat(input.budgetMinCny()).isEqualByComparingTo(new BigDecimal("5000000"));
		assertThat(input.validUntil()).isNull();
		assertThat(good.input(false).kind()).as("the kind never changes on edit").isNull();
	}

	@Test
	void anExpiredFormReturnsOnlyToAPathOfThisSite() {
		assertThat(ExpiredForm.backTo("http://127.0.0.1:8080/exchange/listings/new?kind=offer"))
			.isEqualTo("/exchange/listings/new?kind=offer");
		assertThat(ExpiredForm.backTo("https://evil.example//evil.example/x")).isNull();
		assertThat(ExpiredForm.backTo("http://127.0.0.1/login?error")).isNull();
		assertThat(ExpiredForm.backTo(null)).isNull();
		assertThat(ExpiredForm.backTo("::not a uri")).isNull();
	}

}
