package org.corridor.account;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What an account may do. A member acts for one organisation; a planner watches one
 * region; an administrator manages organisations and accounts.
 */
public enum Role {

	MEMBER, INTERMEDIARY, ANALYST, PLANNER, ADMIN;

	/** The stored and serialised form. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The role named by a code.
	 * @throws IllegalArgumentException for anything but member, intermediary, analyst,
	 * planner or admin
	 */
	public static Role of(String code) {
		for (Role role : values()) {
			if (role.code().equals(code)) {
				return role;
			}
		}
		throw new IllegalArgumentException(
				"role must be member, intermediary, analyst, planner or admin, not \"" + code + "\"");
	}

}
