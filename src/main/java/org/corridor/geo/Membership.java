package org.corridor.geo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A division's membership of a grouping over a period, with its source.
 *
 * @param groupingId the grouping
 * @param code the member division
 * @param validFrom first day of membership, {@code null} where no source states it
 * @param fromPrecision how precise {@code validFrom} is: {@code day}, {@code month} or
 * {@code year}; {@code null} with a {@code null} date
 * @param validTo last day of membership, {@code null} while it lasts
 * @param role the member's role as the source states it (member, origin, endpoint, ...)
 * @param source where the membership is stated
 */
public record Membership(String groupingId, String code, LocalDate validFrom, String fromPrecision, LocalDate validTo,
		String role, String source) {

	public Membership {
		Objects.requireNonNull(groupingId, "groupingId");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(source, "source");
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			throw new IllegalArgumentException(
					"membership of " + code + " in " + groupingId + " ends before it starts");
		}
	}

	/**
	 * Whether the membership holds on a day. A membership without a known start counts as
	 * holding from the beginning of the record.
	 */
	public boolean activeOn(LocalDate day) {
		return (this.validFrom == null || !day.isBefore(this.validFrom))
				&& (this.validTo == null || !day.isAfter(this.validTo));
	}

}
