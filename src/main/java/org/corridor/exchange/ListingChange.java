package org.corridor.exchange;

import java.time.Instant;

/**
 * One entry of a listing's history.
 *
 * @param version the version the change produced
 * @param action created, edited, published, matched, closed, expired
 * @param status the status after the change
 * @param accountId who made it (null for the platform itself)
 * @param at when
 * @param snapshot the listing after the change, as JSON
 */
public record ListingChange(int version, String action, ListingStatus status, Long accountId, Instant at,
		String snapshot) {

}
