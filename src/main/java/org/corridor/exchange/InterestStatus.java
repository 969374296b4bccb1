package org.corridor.exchange;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An expression of interest: sent, then accepted or declined (or withdrawn by the
 * sender), then meeting, then agreed.
 */
public enum InterestStatus {

	SENT, ACCEPTED, DECLINED, MEETING, AGREED, WITHDRAWN;

	/** The stored and serialised form. */
	@JsonValue
	public String code() {
		return Codes.code(this);
	}

	/**
	 * The constant named by a code.
	 * @throws org.corridor.support.InvalidInputException listing the known codes
	 */
	public static InterestStatus of(String code) {
		return Codes.of(InterestStatus.class, "status", code);
	}

}
