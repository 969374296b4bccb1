package org.corridor.exchange;

import java.util.Map;

import org.corridor.account.Account;

/**
 * Aggregate figures of the exchange in a region, for its planners: never single listings
 * or interests, only counts.
 */
public interface ExchangeStatistics {

	/**
	 * The figures of a region and its subdivisions.
	 *
	 * @param listings listings by "kind/factor/status"
	 * @param interestsSent interests sent by the region's organisations, by status
	 * @param interestsReceived interests received, by status
	 * @param declineReasons reasons of declined interests received, by reason
	 * @param agreements agreements signed by the region's organisations
	 */
	record Summary(String regionCode, Map<String, Long> listings, Map<String, Long> interestsSent,
			Map<String, Long> interestsReceived, Map<String, Long> declineReasons, long agreements) {

	}

	/**
	 * The summary of a region, for a planner of the region (or of a region containing it)
	 * or an administrator.
	 * @throws NotPermittedException for anyone else
	 */
	Summary of(Account account, String regionCode);

}
