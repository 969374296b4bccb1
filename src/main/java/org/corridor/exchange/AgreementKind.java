package org.corridor.exchange;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of agreement the two organisations signed.
 */
public enum AgreementKind {

	LICENCE, JOINT_RND, PURCHASE, INVESTMENT, SERVICE, SECONDMENT, LEASE, OTHER;

	/** The stored and serialised form. */
	@JsonValue
	public String code() {
		return Codes.code(this);
	}

	/**
	 * The constant named by a code.
	 * @throws org.corridor.support.InvalidInputException listing the known codes
	 */
	public static AgreementKind of(String code) {
		return Codes.of(AgreementKind.class, "kind", code);
	}

}
