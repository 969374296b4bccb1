package org.corridor.geo.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.corridor.geo.Gazetteer;
import org.corridor.geo.Grouping;
import org.corridor.geo.Membership;
import org.corridor.geo.Region;
import org.corridor.geo.RegionName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the store's reference geography up to the bundled {@link Gazetteer}: on first
 * start it loads everything; on later starts it compares checksums and does nothing when
 * they agree. One transaction, so a failed load leaves the store as it was; a table lock,
 * so two instances sharing one external database do not load twice.
 */
@Component
class ReferenceDataLoader implements InitializingBean {

	static final String DATASET = "geo";

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Gazetteer gazetteer;

	private final Clock clock;

	ReferenceDataLoader(JdbcClient jdbc, TransactionTemplate transactions, Gazetteer gazetteer, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.gazetteer = gazetteer;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		load();
	}

	/**
	 * Loads the reference data unless the store already holds this version.
	 * @return whether anything was written
	 */
	boolean load() {
		Boolean loaded = this.transactions.execute((status) -> {
			this.jdbc.sql("LOCK TABLE geo_dataset IN EXCLUSIVE MODE").update();
			String current = this.jdbc.sql("SELECT checksum FROM geo_dataset WHERE name = ?")
				.param(DATASET)
				.query(String.class)
				.optional()
				.orElse(null);
			if (this.gazetteer.checksum().equals(current)) {
				return false;
			}
			long started = System.nanoTime();
			writeRegions();
			writeGroupings();
			this.jdbc.sql("""
					INSERT INTO geo_dataset (name, checksum, loaded_at) VALUES (:name, :checksum, :at)
					ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = EXCLUDED.loaded_at
					""")
				.param("name", DATASET)
				.param("checksum", this.gazetteer.checksum())
				.param("at", OffsetDateTime.now(this.clock))
				.update();
			log.info("Loaded reference geography {} into the store in {} ms", this.gazetteer,
					(System.nanoTime() - started) / 1_000_000);
			return true;
		});
		return Boolean.TRUE.equals(loaded);
	}

	private void writeRegions() {
		List<Region> regions = List.copyOf(this.gazetteer.regions());
		int n = regions.size();
		String[] codes = new String[n];
		String[] zh = new String[n];
		String[] en = new String[n];
		Integer[] levels = new Integer[n];
		String[] parents = new String[n];
		Double[] lats = new Double[n];
		Double[] lons = new Double[n];
		String[] ranks = new String[n];
		Long[] population = new Long[n];
		for (int i = 0; i < n; i++) {
			Region region = regions.get(i);
			codes[i] = region.code();
			zh[i] = region.nameZh();
			en[i] = region.nameEn();
			levels[i] = region.level().number();
			parents[i] = region.parentCode();
			lats[i] = (region.point() != null) ? region.point().lat() : null;
			lons[i] = (region.point() != null) ? region.point().lon() : null;
			ranks[i] = this.gazetteer.rank(region.code()).orElse(null);
			population[i] = this.gazetteer.population(region.code()).isPresent()
					? this.gazetteer.population(region.code()).getAsLong() : null;
		}
		this.jdbc.sql("""
				INSERT INTO geo_region (code, name_zh, name_en, level, parent_code, lat, lon, rank, population_2020)
				SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS smallint[]),
				                     CAST(? AS text[]), CAST(? AS float8[]), CAST(? AS float8[]), CAST(? AS text[]),
				                     CAST(? AS bigint[]))
				ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
				    level = EXCLUDED.level, parent_code = EXCLUDED.parent_code, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
				    rank = EXCLUDED.rank, population_2020 = EXCLUDED.population_2020
				""").params(codes, zh, en, levels, parents, lats, lons, ranks, population).update();
		List<String[]> names = new ArrayList<>();
		for (Region region : regions) {
			for (RegionName name : this.gazetteer.names(region.code())) {
				names.add(
						new String[] { region.code(), name.name(), name.lang(), name.kind(), NameKey.of(name.name()) });
			}
		}
		this.jdbc.sql("DELETE FROM geo_region_name").update();
		this.jdbc.sql("""
				INSERT INTO geo_region_name (code, name, lang, kind, key)
				SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
				                     CAST(? AS text[]))
				""")
			.params(column(names, 0), column(names, 1), column(names, 2), column(names, 3), column(names, 4))
			.update();
	}

	private void writeGroupings() {
		this.jdbc.sql("DELETE FROM geo_membership").update();
		this.jdbc.sql("DELETE FROM geo_grouping_name").update();
		for (Grouping grouping : this.gazetteer.groupings()) {
			this.jdbc
				.sql("""
						INSERT INTO geo_grouping (id, kind, name_en, name_zh, name_de, membership_note)
						VALUES (?, ?, ?, ?, ?, ?)
						ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, name_en = EXCLUDED.name_en,
						    name_zh = EXCLUDED.name_zh, name_de = EXCLUDED.name_de, membership_note = EXCLUDED.membership_note
						""")
				.params(grouping.id(), grouping.kind().id(), grouping.nameEn(), grouping.nameZh(), grouping.nameDe(),
						grouping.membershipNote())
				.update();
			for (RegionName name : this.gazetteer.groupingNames(grouping.id())) {
				this.jdbc.sql("INSERT INTO geo_grouping_name (grouping_id, name, lang, key) VALUES (?, ?, ?, ?)")
					.params(grouping.id(), name.name(), name.lang(), NameKey.of(name.name()))
					.update();
			}
		}
		for (Membership m : this.gazetteer.memberships()) {
			this.jdbc
				.sql("""
						INSERT INTO geo_membership (grouping_id, region_code, valid_from, from_precision, valid_to, role, source)
						VALUES (?, ?, ?, ?, ?, ?, ?)
						""")
				.params(m.groupingId(), m.code(), (m.validFrom() != null) ? Date.valueOf(m.validFrom()) : null,
						m.fromPrecision(), (m.validTo() != null) ? Date.valueOf(m.validTo()) : null, m.role(),
						m.source())
				.update();
		}
	}

	private static String[] column(List<String[]> rows, int index) {
		return rows.stream().map((row) -> row[index]).toArray(String[]::new);
	}

}
