package org.corridor.geo.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.corridor.geo.Grouping;
import org.corridor.geo.GroupingKind;
import org.corridor.geo.Groupings;
import org.corridor.geo.Membership;
import org.corridor.geo.RegionName;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link Groupings} in PostgreSQL.
 */
@Repository
class JdbcGroupings implements Groupings {

	private static final String MEMBERSHIP_COLUMNS = "m.grouping_id, m.region_code, m.valid_from, m.from_precision, "
			+ "m.valid_to, m.role, m.source";

	private final JdbcClient jdbc;

	JdbcGroupings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Grouping> all() {
		return this.jdbc.sql("SELECT * FROM geo_grouping ORDER BY id").query(JdbcGroupings::grouping).list();
	}

	@Override
	public Optional<Grouping> find(String id) {
		return this.jdbc.sql("SELECT * FROM geo_grouping WHERE id = ?")
			.param(id)
			.query(JdbcGroupings::grouping)
			.optional();
	}

	@Override
	public List<RegionName> names(String id) {
		return this.jdbc.sql("SELECT name, lang FROM geo_grouping_name WHERE grouping_id = ? ORDER BY lang, name")
			.param(id)
			.query((rs, row) -> new RegionName(rs.getString("name"), rs.getString("lang"), "alias"))
			.list();
	}

	@Override
	public List<Membership> memberships(String id) {
		return this.jdbc
			.sql("SELECT " + MEMBERSHIP_COLUMNS
					+ " FROM geo_membership m WHERE m.grouping_id = ? ORDER BY m.valid_from NULLS FIRST, m.region_code")
			.param(id)
			.query(JdbcGroupings::membership)
			.list();
	}

	@Override
	public List<Membership> membershipsOf(String code) {
		return this.jdbc
			.sql("""
					WITH RECURSIVE chain(code) AS (
					    SELECT CAST(? AS char(6))
					    UNION ALL
					    SELECT g.parent_code FROM chain c JOIN geo_region g ON g.code = c.code WHERE g.parent_code IS NOT NULL
					)
					SELECT %s FROM geo_membership m JOIN chain c ON c.code = m.region_code
					ORDER BY m.grouping_id, m.valid_from NULLS FIRST
					"""
				.formatted(MEMBERSHIP_COLUMNS))
			.param(code)
			.query(JdbcGroupings::membership)
			.list();
	}

	private static Grouping grouping(ResultSet rs, int row) throws SQLException {
		return new Grouping(rs.getString("id"), GroupingKind.of(rs.getString("kind")), rs.getString("name_en"),
				rs.getString("name_zh"), rs.getString("name_de"), rs.getString("membership_note"));
	}

	private static Membership membership(ResultSet rs, int row) throws SQLException {
		java.sql.Date from = rs.getDate("valid_from");
		java.sql.Date to = rs.getDate("valid_to");
		return new Membership(rs.getString("grouping_id"), rs.getString("region_code"),
				(from != null) ? from.toLocalDate() : null, rs.getString("from_precision"),
				(to != null) ? to.toLocalDate() : null, rs.getString("role"), rs.getString("source"));
	}

}
