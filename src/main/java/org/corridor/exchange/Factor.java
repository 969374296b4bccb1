package org.corridor.exchange;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The innovation factors that change hands on the exchange.
 */
public enum Factor {

	TECHNOLOGY, TALENT, CAPITAL, FACILITY, DATA, PILOT_CAPACITY, PROJECT;

	/** The stored and serialised form. */
	@JsonValue
	public String code() {
		return Codes.code(this);
	}

	/**
	 * The constant named by a code.
	 * @throws org.corridor.support.InvalidInputException listing the known codes
	 */
	public static Factor of(String code) {
		return Codes.of(Factor.class, "factor", code);
	}

}
