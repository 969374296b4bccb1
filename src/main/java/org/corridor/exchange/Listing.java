package org.corridor.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An offer or a need of one factor, owned by an organisation.
 *
 * @param id the store's identifier
 * @param organisationId the owner
 * @param organisationName the owner's name
 * @param kind offer or need
 * @param factor what is offered or needed
 * @param language zh, en or de: the language of title and description
 * @param title one line
 * @param description the text, at most {@link ListingInput#MAX_DESCRIPTION} characters
 * @param industries codes of the industry taxonomy
 * @param regionCode where the factor is offered or needed
 * @param terms licence, joint_development, purchase, investment, …
 * @param trl technology readiness level 1–9, for technology only (else null)
 * @param budgetMinCny lower end of the budget or investment range, yuan, or null
 * @param budgetMaxCny upper end, or null
 * @param validUntil last day the listing is valid
 * @param status lifecycle status
 * @param version optimistic-locking version, raised by every change
 * @param demo whether it belongs to the bundled demonstration data
 * @param updatedAt the last change
 */
public record Listing(long id, long organisationId, String organisationName, ListingKind kind, Factor factor,
		String language, String title, String description, List<String> industries, String regionCode,
		List<String> terms, Integer trl, BigDecimal budgetMinCny, BigDecimal budgetMaxCny, LocalDate validUntil,
		ListingStatus status, int version, boolean demo, Instant updatedAt) {

	public Listing {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(factor, "factor");
		industries = List.copyOf(industries);
		terms = List.copyOf(terms);
	}

	/** Whether others can find it and match it on a day. */
	public boolean matchableOn(LocalDate day) {
		return this.status == ListingStatus.PUBLISHED && !this.validUntil.isBefore(day);
	}

}
