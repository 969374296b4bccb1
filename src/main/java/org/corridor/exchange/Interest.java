package org.corridor.exchange;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An expression of interest from one organisation in another's listing, and how it went.
 *
 * @param id the store's identifier
 * @param listingId the listing the interest is in
 * @param fromListingId the sender's own listing it answers from, or null
 * @param senderOrganisation the organisation that sent it
 * @param receiverOrganisation the owner of the listing
 * @param message the sender's message
 * @param status where it stands
 * @param declineReason why it was declined, or null
 * @param declineText the receiver's words, or null
 * @param meetingAt when the parties meet, or null
 * @param meetingPlace where, or null
 * @param agreementKind what they signed, or null
 * @param agreementSignedOn when, or null
 * @param agreementSummary what, or null
 * @param cooperationEventId the cooperation-record event of the agreement, or null
 * @param version optimistic-locking version
 * @param updatedAt the last change
 */
public record Interest(long id, long listingId, Long fromListingId, long senderOrganisation, long receiverOrganisation,
		String message, InterestStatus status, DeclineReason declineReason, String declineText, Instant meetingAt,
		String meetingPlace, AgreementKind agreementKind, LocalDate agreementSignedOn, String agreementSummary,
		Long cooperationEventId, int version, Instant updatedAt) {

}
