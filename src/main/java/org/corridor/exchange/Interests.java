package org.corridor.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.corridor.account.Account;

/**
 * Expressions of interest: sent → accepted or declined (with a structured reason) →
 * meeting → agreement. An agreement is published to the cooperation record as an event
 * between the two organisations and their regions, and both listings become matched. Only
 * the two organisations' members (and administrators) see or move an interest.
 */
public interface Interests {

	/**
	 * Sends an interest in a published listing of another organisation.
	 * @param fromListingId the sender's own listing it answers from, or null
	 */
	Interest send(Account account, long listingId, Long fromListingId, String message);

	/** The receiver accepts. */
	Interest accept(Account account, long id);

	/** The receiver declines with a reason; {@code text} is required for OTHER. */
	Interest decline(Account account, long id, DeclineReason reason, String text);

	/** The sender withdraws an interest not yet answered. */
	Interest withdraw(Account account, long id);

	/** Either party records the meeting of an accepted interest. */
	Interest meeting(Account account, long id, Instant at, String place);

	/**
	 * Either party records the agreement signed after acceptance or a meeting.
	 */
	Interest agree(Account account, long id, AgreementKind kind, LocalDate signedOn, String summary);

	Optional<Interest> find(long id, Account viewer);

	/** Interests received (inbox) or sent (outbox) by the account's organisation. */
	Page<Interest> box(Account account, boolean inbox, int offset, int limit);

	/** How an interest went, step by step. */
	List<Step> history(long id, Account viewer);

	/**
	 * One step of an interest.
	 */
	record Step(InterestStatus status, long accountId, Instant at, String note) {

	}

}
