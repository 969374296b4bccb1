package org.corridor.exchange;

import java.util.List;

import org.corridor.account.Account;

/**
 * Ranked matches for a listing: needs see offers, offers see needs; never the listing
 * itself or a listing of its own organisation.
 */
public interface Matches {

	/**
	 * The best matches of a listing the viewer may see.
	 * @param limit 1–100
	 */
	List<Match> match(long listingId, Account viewer, int limit);

}
