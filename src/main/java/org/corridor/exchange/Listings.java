package org.corridor.exchange;

import java.util.List;
import java.util.Optional;

import org.corridor.account.Account;

/**
 * The listings of the exchange. Published (and matched) listings are public; drafts,
 * closed and expired listings only to their organisation's members and administrators.
 * Only members of the owning organisation (and administrators) change a listing, and
 * every change names the version it was based on, so concurrent edits cannot overwrite
 * each other.
 */
public interface Listings {

	/**
	 * Filters for browsing; null means any.
	 */
	record Filter(ListingKind kind, Factor factor, String industry, String regionCode, ListingStatus status,
			Long organisationId, String text) {

	}

	/**
	 * Creates a listing for the account's organisation (an administrator names it).
	 * @param publish whether to publish at once instead of keeping a draft
	 * @throws org.corridor.support.InvalidInputException naming the field at fault
	 * @throws NotPermittedException for accounts that act for no organisation
	 */
	Listing create(Account account, Long organisationId, ListingInput input, boolean publish);

	/**
	 * Edits a listing; fields left null keep their value.
	 * @throws VersionConflictException if the listing changed since {@code version}
	 */
	Listing update(Account account, long id, int version, ListingInput input);

	/**
	 * Moves a listing along its lifecycle: publish (from draft), close (from published or
	 * matched), reopen (from closed or expired, as a draft).
	 */
	Listing transition(Account account, long id, int version, ListingStatus to);

	/** A listing the viewer (null: anonymous) may see. */
	Optional<Listing> find(long id, Account viewer);

	Page<Listing> browse(Filter filter, Account viewer, int offset, int limit);

	List<ListingChange> history(long id, Account viewer);

	/** Marks published listings whose validity ended as expired; returns how many. */
	int expire();

}
