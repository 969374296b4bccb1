package org.corridor.exchange;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why an expression of interest was declined, in the structured form the sender can learn
 * from.
 */
public enum DeclineReason {

	TOO_EARLY, UNCLEAR_BENEFIT, NOT_OUR_FIELD, TERMS, OTHER;

	/** The stored and serialised form. */
	@JsonValue
	public String code() {
		return Codes.code(this);
	}

	/**
	 * The constant named by a code.
	 * @throws org.corridor.support.InvalidInputException listing the known codes
	 */
	public static DeclineReason of(String code) {
		return Codes.of(DeclineReason.class, "reason", code);
	}

}
