package org.corridor.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.corridor.actor.Industries;
import org.corridor.exchange.Factor;
import org.corridor.exchange.Listing;
import org.corridor.exchange.ListingInput;
import org.corridor.exchange.ListingKind;

/**
 * The listing form as typed: every field kept as text, so that a page shown again after a
 * mistake shows exactly what the user entered. {@link #check} finds every field at fault
 * at once (the exchange itself stops at the first), each with a message key of the
 * {@code exchange} bundle, so each error can be shown next to its field.
 *
 * @param kind offer or need (only on creation)
 * @param factor the factor code
 * @param title one line
 * @param description the text
 * @param language zh, en, de or empty (detect)
 * @param industries industry codes
 * @param regionCode GB/T 2260 code, or empty for the organisation's region
 * @param terms term codes
 * @param trl readiness level 1–9 for technology
 * @param budgetMin lower budget, yuan
 * @param budgetMax upper budget, yuan
 * @param validUntil last valid day, YYYY-MM-DD, or empty for a year
 * @param version the version the edit is based on (edits only)
 */
record ListingForm(String kind, String factor, String title, String description, String language,
		List<String> industries, String regionCode, List<String> terms, String trl, String budgetMin, String budgetMax,
		String validUntil, Integer version) {

	ListingForm {
		industries = (industries != null) ? List.copyOf(industries) : List.of();
		terms = (terms != null) ? List.copyOf(terms) : List.of();
	}

	/**
	 * An error of one field: a message key of the exchange bundle, or (when the exchange
	 * found a fault this form does not know) its own words.
	 */
	record FieldProblem(String key, String detail) {

	}

	/** An empty form for a new listing of a kind. */
	static ListingForm blank(String kind) {
		return new ListingForm(kind, null, "", "", "", List.of(), "", List.of(), "", "", "", "", null);
	}

	/** The form for editing a listing, filled with its values. */
	static ListingForm of(Listing listing) {
		return new ListingForm(listing.kind().code(), listing.factor().code(), listing.title(), listing.description(),
				listing.language(), listing.industries(), listing.regionCode(), listing.terms(),
				(listing.trl() != null) ? listing.trl().toString() : "", plain(listing.budgetMinCny()),
				plain(listing.budgetMaxCny()), (listing.validUntil() != null) ? listing.validUntil().toString() : "",
				listing.version());
	}

	/** The same input based on another version (after a conflict). */
	ListingForm withVersion(int newVersion) {
		return new ListingForm(this.kind, this.factor, this.title, this.description, this.language, this.industries,
				this.regionCode, this.terms, this.trl, this.budgetMin, this.budgetMax, this.validUntil, newVersion);
	}

	/**
	 * Every field at fault, in form order (field names as the exchange names them:
	 * region_code, budget_min_cny, valid_until…).
	 */
	Map<String, FieldProblem> check(Industries taxonomy, Predicate<String> regionKnown, LocalDate today,
			boolean creating) {
		Map<String, FieldProblem> problems = new LinkedHashMap<>();
		if (creating && !isOneOf(this.kind, "offer", "need")) {
			problems.put("kind", problem("form.error.kind"));
		}
		Factor factorValue = factor(this.factor);
		if (factorValue == null) {
			problems.put("factor", problem("form.error.factor"));
		}
		String titleText = strip(this.title);
		if (titleText.isEmpty()) {
			problems.put("title", problem("form.error.title.required"));
		}
		else if (titleText.length() > ListingInput.MAX_TITLE) {
			problems.put("title", problem("form.error.title.long"));
		}
		if (strip(this.description).length() > ListingInput.MAX_DESCRIPTION) {
			problems.put("description", problem("form.error.description.long"));
		}
		if (!strip(this.language).isEmpty() && !isOneOf(this.language, "zh", "en", "de")) {
			problems.put("language", problem("form.error.language"));
		}
		if (this.industries.isEmpty()) {
			problems.put("industries", problem("form.error.industries.none"));
		}
		else if (this.industries.size() > 5) {
			problems.put("industries", problem("form.error.industries.many"));
		}
		else if (taxonomy.firstUnknown(this.industries).isPresent()) {
			problems.put("industries", problem("form.error.industries.unknown"));
		}
		if (!strip(this.regionCode).isEmpty() && !regionKnown.test(strip(this.regionCode))) {
			problems.put("region_code", problem("form.error.region"));
		}
		if (!ListingInput.TERMS.containsAll(this.terms)) {
			problems.put("terms", problem("form.error.terms"));
		}
		if (!strip(this.trl).isEmpty()) {
			Integer level = integer(this.trl);
			if (level == null || level < 1 || level > 9) {
				problems.put("trl", problem("form.error.trl.range"));
			}
			else if (factorValue != null && factorValue != Factor.TECHNOLOGY) {
				problems.put("trl", problem("form.error.trl.technology"));
			}
		}
		BigDecimal min = amount(this.budgetMin);
		BigDecimal max = amount(this.budgetMax);
		if (!strip(this.budgetMin).isEmpty() && (min == null || min.signum() < 0)) {
			problems.put("budget_min_cny", problem("form.error.budget"));
		}
		if (!strip(this.budgetMax).isEmpty() && (max == null || max.signum() < 0)) {
			problems.put("budget_max_cny", problem("form.error.budget"));
		}
		else if (min != null && max != null && min.compareTo(max) > 0) {
			problems.put("budget_max_cny", problem("form.error.budget.order"));
		}
		if (!strip(this.validUntil).isEmpty()) {
			LocalDate day = day(this.validUntil);
			if (day == null) {
				problems.put("valid_until", problem("form.error.valid.date"));
			}
			else if (day.isBefore(today)) {
				problems.put("valid_until", problem("form.error.valid.past"));
			}
			else if (day.isAfter(today.plusYears(3))) {
				problems.put("valid_until", problem("form.error.valid.far"));
			}
		}
		return problems;
	}

	/** The exchange's input; only after {@link #check} found nothing. */
	ListingInput input(boolean creating) {
		String lang = strip(this.language);
		String region = strip(this.regionCode);
		String until = strip(this.validUntil);
		String level = strip(this.trl);
		return new ListingInput(creating ? ListingKind.of(this.kind) : null, Factor.of(this.factor),
				lang.isEmpty() ? null : lang, strip(this.title), strip(this.description), this.industries,
				region.isEmpty() ? null : region, this.terms, level.isEmpty() ? null : Integer.valueOf(level),
				amount(this.budgetMin), amount(this.budgetMax), until.isEmpty() ? null : LocalDate.parse(until));
	}

	/**
	 * Whether the form names the value among its industries or terms
	 * ({@code th:checked}).
	 */
	public boolean has(String code) {
		return this.industries.contains(code) || this.terms.contains(code);
	}

	private static FieldProblem problem(String key) {
		return new FieldProblem(key, null);
	}

	private static boolean isOneOf(String value, String... allowed) {
		return value != null && List.of(allowed).contains(value);
	}

	private static Factor factor(String code) {
		for (Factor f : Factor.values()) {
			if (f.code().equals(code)) {
				return f;
			}
		}
		return null;
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static Integer integer(String text) {
		try {
			return Integer.valueOf(strip(text));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static BigDecimal amount(String text) {
		String digits = strip(text).replace(",", "").replace("_", "");
		if (digits.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(digits);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static LocalDate day(String text) {
		try {
			return LocalDate.parse(strip(text));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? amount.stripTrailingZeros().toPlainString() : "";
	}

}
