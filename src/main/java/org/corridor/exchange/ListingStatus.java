package org.corridor.exchange;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The lifecycle of a listing: draft, published, matched, closed; expired once its
 * validity ends.
 */
public enum ListingStatus {

	DRAFT, PUBLISHED, MATCHED, CLOSED, EXPIRED;

	/** The stored and serialised form. */
	@JsonValue
	public String code() {
		return Codes.code(this);
	}

	/**
	 * The constant named by a code.
	 * @throws org.corridor.support.InvalidInputException listing the known codes
	 */
	public static ListingStatus of(String code) {
		return Codes.of(ListingStatus.class, "status", code);
	}

}
