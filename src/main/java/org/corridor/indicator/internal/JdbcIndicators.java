package org.corridor.indicator.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.corridor.indicator.Indicators;
import org.corridor.indicator.Observation;
import org.corridor.indicator.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Indicators} in PostgreSQL. On start it brings the reference rows (origin
 * {@code reference}) up to the bundled data in one transaction, keyed by checksum; rows
 * of other origins are never touched.
 */
@Repository
class JdbcIndicators implements Indicators, InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(JdbcIndicators.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	JdbcIndicators(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		load(ReferenceIndicators.read());
	}

	/**
	 * Replaces the reference rows unless the store holds this version already.
	 * @return whether anything was written
	 */
	boolean load(ReferenceIndicators data) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			this.jdbc.sql("LOCK TABLE indicator_dataset IN EXCLUSIVE MODE").update();
			String current = this.jdbc.sql("SELECT checksum FROM indicator_dataset WHERE name = 'reference'")
				.query(String.class)
				.optional()
				.orElse(null);
			if (data.checksum.equals(current)) {
				return false;
			}
			this.jdbc.sql("DELETE FROM indicator_observation WHERE origin = 'reference'").update();
			this.jdbc.sql("DELETE FROM indicator_target WHERE origin = 'reference'").update();
			for (Observation o : data.observations) {
				this.jdbc
					.sql("""
							INSERT INTO indicator_observation (region_code, indicator, period, year, value, unit, source, tier, origin)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'reference')
							""")
					.params(o.regionCode(), o.indicator(), o.period(), o.year(), o.value(), o.unit(), o.source(),
							o.tier())
					.update();
			}
			for (Target t : data.targets) {
				this.jdbc.sql("""
						INSERT INTO indicator_target (region_code, indicator, value, unit, deadline, baseline_year,
						    baseline_value, statement, source, origin)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'reference')
						""")
					.params(t.regionCode(), t.indicator(), t.value(), t.unit(), t.deadline(), t.baselineYear(),
							t.baselineValue(), t.statement(), t.source())
					.update();
			}
			this.jdbc.sql("""
					INSERT INTO indicator_dataset (name, checksum, loaded_at) VALUES ('reference', :checksum, :at)
					ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, loaded_at = EXCLUDED.loaded_at
					""").param("checksum", data.checksum).param("at", OffsetDateTime.now(this.clock)).update();
			log.info("Loaded {} reference indicator observations and {} targets", data.observations.size(),
					data.targets.size());
			return true;
		}));
	}

	@Override
	public int add(List<Observation> observations, Long enteredBy) {
		Integer stored = this.transactions.execute((status) -> {
			for (Observation o : observations) {
				this.jdbc
					.sql("""
							INSERT INTO indicator_observation (region_code, indicator, period, year, value, unit, source, tier, origin,
							    entered_by)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
							ON CONFLICT (region_code, indicator, period, origin, source)
							DO UPDATE SET value = EXCLUDED.value, unit = EXCLUDED.unit, year = EXCLUDED.year, tier = EXCLUDED.tier,
							    entered_by = EXCLUDED.entered_by
							""")
					.params(o.regionCode(), o.indicator(), o.period(), o.year(), o.value(), o.unit(), o.source(),
							o.tier(), o.origin(), enteredBy)
					.update();
			}
			return observations.size();
		});
		return (stored != null) ? stored : 0;
	}

	@Override
	public Target add(Target target, Long enteredBy) {
		return add(target, "api", enteredBy);
	}

	/**
	 * Stores a target with its origin (api, extracted); the same target from the same
	 * source once.
	 */
	Target add(Target target, String origin) {
		return add(target, origin, null);
	}

	private Target add(Target target, String origin, Long enteredBy) {
		long id = this.jdbc
			.sql("""
					INSERT INTO indicator_target (region_code, indicator, value, unit, deadline, baseline_year, baseline_value,
					    statement, source, origin, entered_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (region_code, indicator, deadline, value, source) DO UPDATE SET statement = EXCLUDED.statement
					RETURNING id
					""")
			.params(target.regionCode(), target.indicator(), target.value(), target.unit(), target.deadline(),
					target.baselineYear(), target.baselineValue(), target.statement(), target.source(), origin,
					enteredBy)
			.query(Long.class)
			.single();
		return new Target(id, target.regionCode(), target.indicator(), target.value(), target.unit(), target.deadline(),
				target.baselineYear(), target.baselineValue(), target.statement(), target.source());
	}

	@Override
	public Optional<Entered> enteredTarget(long id) {
		return this.jdbc.sql("SELECT entered_by FROM indicator_target WHERE id = ? AND origin = 'api'")
			.param(id)
			.query((rs, row) -> new Entered(entered(rs)))
			.optional();
	}

	@Override
	public boolean retractTarget(long id) {
		return this.jdbc.sql("DELETE FROM indicator_target WHERE id = ? AND origin = 'api'").param(id).update() > 0;
	}

	@Override
	public Optional<Entered> enteredObservation(String regionCode, String indicator, String period, String source) {
		return this.jdbc.sql("""
				SELECT entered_by FROM indicator_observation
				WHERE region_code = ? AND indicator = ? AND period = ? AND source = ? AND origin = 'import'
				""")
			.params(regionCode, indicator, period, source)
			.query((rs, row) -> new Entered(entered(rs)))
			.optional();
	}

	@Override
	public boolean retractObservation(String regionCode, String indicator, String period, String source) {
		return this.jdbc.sql("""
				DELETE FROM indicator_observation
				WHERE region_code = ? AND indicator = ? AND period = ? AND source = ? AND origin = 'import'
				""").params(regionCode, indicator, period, source).update() > 0;
	}

	private static Long entered(ResultSet rs) throws SQLException {
		long by = rs.getLong("entered_by");
		return rs.wasNull() ? null : by;
	}

	@Override
	public List<Observation> observations(String regionCode, String indicator) {
		return this.jdbc.sql("""
				SELECT * FROM indicator_observation
				WHERE (CAST(:region AS text) IS NULL OR region_code = :region)
				  AND (CAST(:indicator AS text) IS NULL OR indicator = :indicator)
				ORDER BY indicator, year, period, origin, id
				""")
			.param("region", regionCode)
			.param("indicator", indicator)
			.query(JdbcIndicators::observation)
			.list();
	}

	@Override
	public List<Target> targets(String regionCode) {
		return this.jdbc.sql("""
				SELECT * FROM indicator_target
				WHERE CAST(:region AS text) IS NULL OR region_code = :region
				ORDER BY region_code, deadline, indicator, id
				""").param("region", regionCode).query(JdbcIndicators::target).list();
	}

	private static Observation observation(ResultSet rs, int row) throws SQLException {
		return new Observation(rs.getString("region_code"), rs.getString("indicator"), rs.getString("period"),
				rs.getInt("year"), rs.getDouble("value"), rs.getString("unit"), rs.getString("source"),
				rs.getString("tier"), rs.getString("origin"));
	}

	private static Target target(ResultSet rs, int row) throws SQLException {
		int baselineYear = rs.getInt("baseline_year");
		Integer year = rs.wasNull() ? null : baselineYear;
		double baselineValue = rs.getDouble("baseline_value");
		Double value = rs.wasNull() ? null : baselineValue;
		return new Target(rs.getLong("id"), rs.getString("region_code"), rs.getString("indicator"),
				rs.getDouble("value"), rs.getString("unit"), rs.getInt("deadline"), year, value,
				rs.getString("statement"), rs.getString("source"));
	}

}
