package org.corridor.cooperation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.cooperation.CooperationEvent;
import org.corridor.cooperation.CooperationRecord;
import org.corridor.geo.DivisionCodes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CooperationRecord} in PostgreSQL. A region matches its subdivisions by code
 * prefix ({@link DivisionCodes#prefix}).
 */
@Repository
class JdbcCooperationRecord implements CooperationRecord {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcCooperationRecord(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public long record(CooperationEvent event) {
		Long existing = this.jdbc.sql("SELECT id FROM cooperation_event WHERE origin = ? AND origin_ref = ?")
			.params(event.origin(), event.originRef())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (existing != null) {
			return existing;
		}
		long id = this.jdbc
			.sql("""
					INSERT INTO cooperation_event (type, occurred_on, title, detail, origin, origin_ref, review_status, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(event.type(), event.date(), event.title(), event.detail(), event.origin(), event.originRef(),
					event.reviewStatus(), OffsetDateTime.now(this.clock))
			.query(Long.class)
			.single();
		for (CooperationEvent.Party party : event.parties()) {
			this.jdbc.sql("""
					INSERT INTO cooperation_party (event_id, kind, ref, name, region_code) VALUES (?, ?, ?, ?, ?)
					ON CONFLICT DO NOTHING""")
				.params(id, party.kind(), party.ref(), party.name(), party.regionCode())
				.update();
		}
		return id;
	}

	@Override
	public List<CooperationEvent> involving(String regionCode, LocalDate from, LocalDate to, int limit) {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				SELECT e.id, e.type, e.occurred_on, e.title, e.detail, e.origin, e.origin_ref, e.review_status
				FROM cooperation_event e
				WHERE e.occurred_on BETWEEN ? AND ?
				  AND EXISTS (SELECT 1 FROM cooperation_party p WHERE p.event_id = e.id AND p.region_code LIKE ?)
				ORDER BY e.occurred_on DESC, e.id DESC LIMIT ?""")
			.params(from, to, ((regionCode != null) ? DivisionCodes.prefix(regionCode) : "") + "%", limit)
			.query()
			.listOfRows();
		List<CooperationEvent> events = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			long id = ((Number) row.get("id")).longValue();
			List<CooperationEvent.Party> parties = this.jdbc
				.sql("SELECT kind, ref, name, region_code FROM cooperation_party WHERE event_id = ? ORDER BY kind, ref")
				.param(id)
				.query((rs, n) -> new CooperationEvent.Party(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4)))
				.list();
			events.add(new CooperationEvent(id, (String) row.get("type"),
					((java.sql.Date) row.get("occurred_on")).toLocalDate(), (String) row.get("title"),
					(String) row.get("detail"), (String) row.get("origin"), (String) row.get("origin_ref"),
					(String) row.get("review_status"), parties));
		}
		return events;
	}

	@Override
	public int countBetween(String regionA, String regionB, LocalDate since) {
		return this.jdbc.sql("""
				SELECT count(DISTINCT e.id) FROM cooperation_event e
				JOIN cooperation_party a ON a.event_id = e.id AND a.region_code LIKE ?
				JOIN cooperation_party b ON b.event_id = e.id AND b.region_code LIKE ?
				WHERE e.occurred_on >= ? AND (a.kind, a.ref) <> (b.kind, b.ref)""")
			.params(DivisionCodes.prefix(regionA) + "%", DivisionCodes.prefix(regionB) + "%", since)
			.query(Integer.class)
			.single();
	}

	@Override
	public List<List<String>> partyRegions(LocalDate from, LocalDate to) {
		Map<Long, List<String>> byEvent = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT p.event_id, p.region_code FROM cooperation_party p
				JOIN cooperation_event e ON e.id = p.event_id
				WHERE e.occurred_on BETWEEN ? AND ? ORDER BY p.event_id""").params(from, to).query((rs) -> {
			byEvent.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
		});
		return List.copyOf(byEvent.values());
	}

}
