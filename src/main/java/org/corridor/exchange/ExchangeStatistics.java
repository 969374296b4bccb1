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
	 * What the whole exchange has seen, for everyone: counts only, nothing of any one
	 * organisation.
	 *
	 * @param published listings published now, by factor
	 * @param interests expressions of interest ever sent
	 * @param agreements agreements signed
	 */
	record Activity(Map<String, Long> published, long interests, long agreements) {

		public long publishedTotal() {
			return this.published.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	Activity activity();

	/**
	 * The summary of a region, for a planner of the region (or of a region containing it)
	 * or an administrator.
	 * @throws NotPermittedException for anyone else
	 */
	Summary of(Account account, String regionCode);

}
