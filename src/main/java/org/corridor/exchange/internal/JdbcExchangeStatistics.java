package org.corridor.exchange.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.corridor.account.Account;
import org.corridor.account.Role;
import org.corridor.exchange.ExchangeStatistics;
import org.corridor.exchange.NotPermittedException;
import org.corridor.geo.DivisionCodes;
import org.corridor.geo.Gazetteer;
import org.corridor.support.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link ExchangeStatistics} by SQL aggregates over the region's code prefix.
 */
@Repository
class JdbcExchangeStatistics implements ExchangeStatistics {

	private final JdbcClient jdbc;

	private final Gazetteer gazetteer;

	JdbcExchangeStatistics(JdbcClient jdbc, Gazetteer gazetteer) {
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
	}

	@Override
	public Summary of(Account account, String regionCode) {
		if (this.gazetteer.region(regionCode).isEmpty()) {
			throw new InvalidInputException("region", "unknown region code \"" + regionCode + "\"");
		}
		boolean planner = account != null && account.role() == Role.PLANNER && account.regionCode() != null
				&& regionCode.startsWith(DivisionCodes.prefix(account.regionCode()));
		if (account == null || !(account.isAdmin() || planner)) {
			throw new NotPermittedException(
					"the statistics of " + regionCode + " are for planners of the region and administrators");
		}
		String like = DivisionCodes.prefix(regionCode) + "%";
		Map<String, Long> listings = counts("""
				SELECT kind || '/' || factor || '/' || status, count(*) FROM exchange_listing
				WHERE region_code LIKE ? GROUP BY 1 ORDER BY 1""", like);
		Map<String, Long> sent = counts("""
				SELECT i.status, count(*) FROM exchange_interest i
				JOIN actor_organisation o ON o.id = i.sender_organisation
				WHERE o.region_code LIKE ? GROUP BY 1 ORDER BY 1""", like);
		Map<String, Long> received = counts("""
				SELECT i.status, count(*) FROM exchange_interest i
				JOIN actor_organisation o ON o.id = i.receiver_organisation
				WHERE o.region_code LIKE ? GROUP BY 1 ORDER BY 1""", like);
		Map<String, Long> reasons = counts("""
				SELECT i.decline_reason, count(*) FROM exchange_interest i
				JOIN actor_organisation o ON o.id = i.receiver_organisation
				WHERE o.region_code LIKE ? AND i.decline_reason IS NOT NULL GROUP BY 1 ORDER BY 1""", like);
		long agreements = this.jdbc.sql("""
				SELECT count(*) FROM exchange_interest i
				JOIN actor_organisation s ON s.id = i.sender_organisation
				JOIN actor_organisation r ON r.id = i.receiver_organisation
				WHERE i.status = 'agreed' AND (s.region_code LIKE ? OR r.region_code LIKE ?)""")
			.params(like, like)
			.query(Long.class)
			.single();
		return new Summary(regionCode, listings, sent, received, reasons, agreements);
	}

	@Override
	public Activity activity() {
		Map<String, Long> published = new LinkedHashMap<>();
		this.jdbc.sql("SELECT factor, count(*) FROM exchange_listing WHERE status = 'published' GROUP BY 1 ORDER BY 1")
			.query((rs) -> {
				published.put(rs.getString(1), rs.getLong(2));
			});
		long interests = this.jdbc.sql("SELECT count(*) FROM exchange_interest").query(Long.class).single();
		long agreements = this.jdbc.sql("SELECT count(*) FROM exchange_interest WHERE status = 'agreed'")
			.query(Long.class)
			.single();
		return new Activity(published, interests, agreements);
	}

	private Map<String, Long> counts(String sql, String like) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql(sql).param(like).query((rs) -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

}
