package org.corridor.geo.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corridor.geo.GeoPoint;
import org.corridor.geo.Level;
import org.corridor.geo.Region;
import org.corridor.geo.RegionName;
import org.corridor.geo.Regions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link Regions} in PostgreSQL.
 */
@Repository
class JdbcRegions implements Regions {

	private static final String COLUMNS = "r.code, r.name_zh, r.name_en, r.level, r.parent_code, r.lat, r.lon";

	private final JdbcClient jdbc;

	JdbcRegions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Region> find(String code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM geo_region r WHERE r.code = ?")
			.param(code)
			.query(JdbcRegions::region)
			.optional();
	}

	@Override
	public List<Region> ancestors(String code) {
		return this.jdbc.sql("""
				WITH RECURSIVE chain(code, depth) AS (
				    SELECT parent_code, 1 FROM geo_region WHERE code = ?
				    UNION ALL
				    SELECT g.parent_code, c.depth + 1 FROM chain c JOIN geo_region g ON g.code = c.code
				)
				SELECT %s FROM chain c JOIN geo_region r ON r.code = c.code ORDER BY c.depth
				""".formatted(COLUMNS)).param(code).query(JdbcRegions::region).list();
	}

	@Override
	public List<Region> children(String code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM geo_region r WHERE r.parent_code = ? ORDER BY r.code")
			.param(code)
			.query(JdbcRegions::region)
			.list();
	}

	@Override
	public List<Region> descendants(String code, Level level) {
		return this.jdbc.sql("""
				WITH RECURSIVE below(code) AS (
				    SELECT code FROM geo_region WHERE parent_code = :code
				    UNION ALL
				    SELECT g.code FROM below b JOIN geo_region g ON g.parent_code = b.code
				)
				SELECT %s FROM below b JOIN geo_region r ON r.code = b.code
				WHERE r.level = :level ORDER BY r.code
				""".formatted(COLUMNS))
			.param("code", code)
			.param("level", level.number())
			.query(JdbcRegions::region)
			.list();
	}

	@Override
	public List<RegionName> names(String code) {
		return this.jdbc.sql("SELECT name, lang, kind FROM geo_region_name WHERE code = ? ORDER BY lang, kind, name")
			.param(code)
			.query((rs, row) -> new RegionName(rs.getString("name"), rs.getString("lang"), rs.getString("kind")))
			.list();
	}

	@Override
	public RegionPage search(RegionQuery query) {
		String key = (query.text() != null) ? NameKey.of(query.text()) : null;
		if (key != null && key.isEmpty()) {
			key = null;
		}
		String filter = """
				FROM geo_region r
				WHERE (CAST(:prefix AS text) IS NULL OR EXISTS (
				        SELECT 1 FROM geo_region_name n WHERE n.code = r.code AND n.key LIKE :prefix ESCAPE '\\'))
				  AND (CAST(:level AS smallint) IS NULL OR r.level = :level)
				  AND (CAST(:parent AS text) IS NULL OR r.parent_code = :parent)
				""";
		String prefix = (key != null) ? likeEscape(key) + "%" : null;
		Integer level = (query.level() != null) ? query.level().number() : null;
		long total = this.jdbc.sql("SELECT count(*) " + filter)
			.param("prefix", prefix)
			.param("level", level)
			.param("parent", query.parentCode())
			.query(Long.class)
			.single();
		List<Region> items = this.jdbc.sql("SELECT " + COLUMNS + " " + filter + """
				ORDER BY (CAST(:key AS text) IS NOT NULL AND EXISTS (
				        SELECT 1 FROM geo_region_name n WHERE n.code = r.code AND n.key = :key)) DESC,
				    r.level, r.code
				LIMIT :size OFFSET :offset
				""")
			.param("prefix", prefix)
			.param("level", level)
			.param("parent", query.parentCode())
			.param("key", key)
			.param("size", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(JdbcRegions::region)
			.list();
		return new RegionPage(items, query.page(), query.size(), total);
	}

	@Override
	public Map<Level, Long> countByLevel() {
		Map<Level, Long> counts = new EnumMap<>(Level.class);
		this.jdbc.sql("SELECT level, count(*) AS n FROM geo_region GROUP BY level")
			.query((rs, row) -> counts.put(Level.of(rs.getInt("level")), rs.getLong("n")))
			.list();
		return counts;
	}

	private static String likeEscape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static Region region(ResultSet rs, int row) throws SQLException {
		double lat = rs.getDouble("lat");
		GeoPoint point = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble("lon"));
		return new Region(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
				Level.of(rs.getInt("level")), rs.getString("parent_code"), point);
	}

}
