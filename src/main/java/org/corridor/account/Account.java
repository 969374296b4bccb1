package org.corridor.account;

import java.io.Serializable;
import java.util.Objects;

/**
 * A person who signs in. Serializable, as it is kept in the signed-in session in the
 * store.
 *
 * @param id the store's identifier
 * @param email the sign-in name, lower case
 * @param displayName the name shown to others
 * @param role what the account may do
 * @param organisationId the organisation a member acts for (null for others)
 * @param regionCode the region a planner watches (null for others)
 */
public record Account(long id, String email, String displayName, Role role, Long organisationId,
		String regionCode) implements Serializable {

	public Account {
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(role, "role");
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	/** Whether the account acts for the organisation. */
	public boolean actsFor(long organisation) {
		return this.organisationId != null && this.organisationId == organisation;
	}

}
