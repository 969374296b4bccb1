package org.corridor.actor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.corridor.actor.Industries;
import org.corridor.actor.Organisation;
import org.corridor.actor.OrganisationType;
import org.corridor.actor.Organisations;
import org.corridor.geo.Gazetteer;
import org.corridor.support.InvalidInputException;
import org.corridor.support.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link Organisations} in PostgreSQL ({@code actor_organisation}).
 */
@Repository
class JdbcOrganisations implements Organisations {

	private static final String COLUMNS = "id, name, type, region_code, industries, language, demo";

	private final JdbcClient jdbc;

	private final Gazetteer gazetteer;

	private final Industries industries;

	private final Clock clock;

	JdbcOrganisations(JdbcClient jdbc, Gazetteer gazetteer, Industries industries, Clock clock) {
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
		this.industries = industries;
		this.clock = clock;
	}

	@Override
	public Organisation register(NewOrganisation organisation) {
		String name = (organisation.name() != null) ? organisation.name().strip() : "";
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidInputException("name", "an organisation needs a name of 1 to 200 characters");
		}
		if (organisation.type() == null) {
			throw new InvalidInputException("type", "an organisation needs a type");
		}
		if (organisation.regionCode() == null || this.gazetteer.region(organisation.regionCode()).isEmpty()) {
			throw new InvalidInputException("region_code", "unknown region code \"" + organisation.regionCode() + "\"");
		}
		this.industries.firstUnknown(organisation.industries()).ifPresent((code) -> {
			throw new InvalidInputException("industries", "unknown industry \"" + code + "\"");
		});
		String language = (organisation.language() != null) ? organisation.language() : "zh";
		if (!List.of("zh", "en", "de").contains(language)) {
			throw new InvalidInputException("language", "must be zh, en or de, not \"" + language + "\"");
		}
		this.jdbc.sql("""
				INSERT INTO actor_organisation (name, type, region_code, industries, language, demo, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name, region_code) DO NOTHING""")
			.params(name, organisation.type().code(), organisation.regionCode(),
					organisation.industries().toArray(String[]::new), language, organisation.demo(),
					OffsetDateTime.now(this.clock))
			.update();
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM actor_organisation WHERE name = ? AND region_code = ?")
			.params(name, organisation.regionCode())
			.query(JdbcOrganisations::organisation)
			.single();
	}

	@Override
	public Optional<Organisation> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM actor_organisation WHERE id = ?")
			.param(id)
			.query(JdbcOrganisations::organisation)
			.optional();
	}

	@Override
	public Optional<Organisation> findByName(String name) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM actor_organisation WHERE name = ? ORDER BY id LIMIT 1")
			.param(name)
			.query(JdbcOrganisations::organisation)
			.optional();
	}

	@Override
	public List<Organisation> list(int offset, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM actor_organisation ORDER BY name, id OFFSET ? LIMIT ?")
			.params(offset, limit)
			.query(JdbcOrganisations::organisation)
			.list();
	}

	@Override
	public List<Organisation> search(String text, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM actor_organisation WHERE strpos(lower(name), lower(?)) > 0"
					+ " ORDER BY length(name), name, id LIMIT ?")
			.params(text, limit)
			.query(JdbcOrganisations::organisation)
			.list();
	}

	@Override
	public long count() {
		return this.jdbc.sql("SELECT count(*) FROM actor_organisation").query(Long.class).single();
	}

	static Organisation organisation(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getLong("id"), rs.getString("name"), OrganisationType.of(rs.getString("type")),
				rs.getString("region_code"), SqlArrays.strings(rs.getArray("industries")), rs.getString("language"),
				rs.getBoolean("demo"));
	}

}
