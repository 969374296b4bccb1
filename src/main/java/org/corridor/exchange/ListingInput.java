package org.corridor.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a listing is created or edited with. Null fields take defaults on creation
 * (language detected from the text, region of the organisation, validity one year).
 */
public record ListingInput(ListingKind kind, Factor factor, String language, String title, String description,
		List<String> industries, String regionCode, List<String> terms, Integer trl, BigDecimal budgetMinCny,
		BigDecimal budgetMaxCny, LocalDate validUntil) {

	/** The longest title, in characters. */
	public static final int MAX_TITLE = 200;

	/** The longest description, in characters. */
	public static final int MAX_DESCRIPTION = 10_000;

	/** The terms a listing may state. */
	public static final List<String> TERMS = List.of("licence", "joint_development", "purchase", "investment", "equity",
			"loan", "lease", "employment", "secondment", "service", "data_sharing", "pilot_run");

	public ListingInput {
		industries = (industries != null) ? List.copyOf(industries) : List.of();
		terms = (terms != null) ? List.copyOf(terms) : List.of();
	}

}
