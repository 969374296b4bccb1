package org.corridor.exchange;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An offer of a factor, or a need of one.
 */
public enum ListingKind {

	OFFER, NEED;

	/** The stored and serialised form. */
	@JsonValue
	public String code() {
		return Codes.code(this);
	}

	/**
	 * The constant named by a code.
	 * @throws org.corridor.support.InvalidInputException listing the known codes
	 */
	public static ListingKind of(String code) {
		return Codes.of(ListingKind.class, "kind", code);
	}

}
