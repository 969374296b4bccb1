package org.corridor.web;

import org.corridor.account.Account;
import org.corridor.account.Role;
import org.corridor.exchange.NotPermittedException;
import org.corridor.geo.Gazetteer;

import org.springframework.stereotype.Component;

/**
 * Who may write the data planners see, beyond what the security chain's roles settle
 * ({@link SecurityConfiguration} lets only planners and administrators reach the
 * indicator and target writes, only analysts and administrators the document writes): a
 * planner writes indicators and targets of her region and the divisions within it; what
 * someone entered is retracted by its author or an administrator.
 */
@Component
class Permissions {

	private final Gazetteer gazetteer;

	Permissions(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/** Whether the account may bring documents in: analysts and administrators. */
	boolean mayIngest(Account account) {
		return account != null && (account.role() == Role.ANALYST || account.isAdmin());
	}

	/**
	 * Whether the account may enter indicators and targets of some region: planners and
	 * administrators ({@link #mayWriteRegion} says of which).
	 */
	boolean mayEnterIndicators(Account account) {
		return account != null && (account.role() == Role.PLANNER || account.isAdmin());
	}

	/** Whether the account may enter indicators and targets of the region. */
	boolean mayWriteRegion(Account account, String regionCode) {
		if (account == null) {
			return false;
		}
		if (account.isAdmin()) {
			return true;
		}
		if (!mayEnterIndicators(account) || account.regionCode() == null) {
			return false;
		}
		return account.regionCode().equals(regionCode) || this.gazetteer.ancestors(regionCode)
			.stream()
			.anyMatch((ancestor) -> ancestor != null && ancestor.code().equals(account.regionCode()));
	}

	/**
	 * Refuses (403) an account that may not enter indicators and targets of the region.
	 */
	void requireRegionWrite(Account account, String regionCode) {
		if (!mayWriteRegion(account, regionCode)) {
			throw new NotPermittedException((account != null && account.role() == Role.PLANNER)
					? "a planner of " + account.regionCode() + " enters data of that region only, not of " + regionCode
					: "only planners of the region and administrators enter indicators and targets");
		}
	}

	/**
	 * Refuses (403) to retract what another account entered, unless by an administrator.
	 */
	void requireRetract(Account account, Long enteredBy) {
		if (account == null || !(account.isAdmin() || (enteredBy != null && enteredBy == account.id()))) {
			throw new NotPermittedException("only its author or an administrator retracts this");
		}
	}

}
