package org.corridor.geo.internal;

import org.corridor.CorridorIntegrationTest;
import org.corridor.geo.Gazetteer;
import org.corridor.geo.Groupings;
import org.corridor.geo.Level;
import org.corridor.geo.Region;
import org.corridor.geo.Regions;
import org.corridor.geo.Regions.RegionPage;
import org.corridor.geo.Regions.RegionQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@CorridorIntegrationTest
class GeoStoreIntegrationTests {

	@Autowired
	Regions regions;

	@Autowired
	Groupings groupings;

	@Autowired
	ReferenceDataLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theStoreHoldsEveryDivisionAfterStart() {
		assertThat(this.regions.countByLevel()).containsEntry(Level.PROVINCE, 34L)
			.containsEntry(Level.PREFECTURE, 333L)
			.containsEntry(Level.COUNTY, 2846L);
		assertThat(this.groupings.all()).extracting("id")
			.contains("yangtze-river-delta", "g60-corridor", "shanghai-nanjing-axis", "hangzhou-ningbo-twin-cities",
					"chengdu-chongqing-economic-circle", "greater-bay-area", "beijing-tianjin-hebei",
					"putuo-eight-cities-one-district");
	}

	@Test
	void loadingAgainChangesNothing() {
		long names = count("geo_region_name");
		long memberships = count("geo_membership");
		assertThat(this.loader.load()).isFalse();
		assertThat(count("geo_region_name")).isEqualTo(names);
		assertThat(count("geo_membership")).isEqualTo(memberships);
	}

	@Test
	void aChangedDatasetIsReloadedAndAFailedLoadLeavesTheStoreAsItWas() {
		long names = count("geo_region_name");
		this.jdbc.sql("UPDATE geo_dataset SET checksum = repeat('0', 64) WHERE name = 'geo'").update();
		this.jdbc.sql("""
				CREATE FUNCTION fail_membership() RETURNS trigger LANGUAGE plpgsql AS
				$$ BEGIN RAISE EXCEPTION 'membership refused by test'; END $$
				""").update();
		this.jdbc.sql("""
				CREATE TRIGGER fail_membership BEFORE INSERT ON geo_membership
				FOR EACH ROW EXECUTE FUNCTION fail_membership()
				""").update();
		try {
			assertThatException().isThrownBy(this.loader::load).withMessageContaining("membership refused by test");
			assertThat(count("geo_region_name")).isEqualTo(names);
			assertThat(
					this.jdbc.sql("SELECT checksum FROM geo_dataset WHERE name = 'geo'").query(String.class).single())
				.isEqualTo("0".repeat(64));
		}
		finally {
			this.jdbc.sql("DROP TRIGGER fail_membership ON geo_membership").update();
			this.jdbc.sql("DROP FUNCTION fail_membership()").update();
		}
		assertThat(this.loader.load()).isTrue();
		assertThat(this.jdbc.sql("SELECT checksum FROM geo_dataset WHERE name = 'geo'").query(String.class).single())
			.isEqualTo(Gazetteer.bundled().checksum());
		assertThat(count("geo_region_name")).isEqualTo(names);
	}

	@Test
	void theSchemaRefusesBadData() {
		assertThatException().isThrownBy(
				() -> this.jdbc.sql("INSERT INTO geo_region (code, name_zh, name_en, level) VALUES ('12', 'x', 'x', 2)")
					.update());
		assertThatException().isThrownBy(() -> this.jdbc.sql(
				"INSERT INTO geo_region (code, name_zh, name_en, level, parent_code) VALUES ('999901', 'x', 'x', 3, '999900')")
			.update());
		assertThatException().isThrownBy(() -> this.jdbc.sql("""
				INSERT INTO geo_membership (grouping_id, region_code, valid_from, from_precision, valid_to, source)
				VALUES ('g60-corridor', '330100', '2020-01-01', 'day', '2019-01-01', 'test')
				""").update());
	}

	@Test
	void walksTheHierarchyInTheStore() {
		assertThat(this.regions.ancestors("320583")).extracting(Region::code).containsExactly("320500", "320000");
		assertThat(this.regions.children("320500")).extracting(Region::code).contains("320583", "320581");
		assertThat(this.regions.descendants("320000", Level.PREFECTURE)).hasSize(13);
		assertThat(this.regions.descendants("330000", Level.COUNTY)).hasSize(90)
			.extracting(Region::code)
			.contains("330903");
	}

	@Test
	void searchesNamesInEveryLanguage() {
		assertThat(search("Schanghai").items()).extracting(Region::code).containsExactly("310000");
		assertThat(search("昆山").items()).extracting(Region::code).containsExactly("320583");
		assertThat(search("ning bo").items()).extracting(Region::code).first().isEqualTo("330200");
		RegionPage suzhou = search("Suzhou");
		assertThat(suzhou.total()).isEqualTo(3);
		assertThat(suzhou.items()).extracting(Region::code).containsExactly("320500", "341300", "620902");
		RegionPage page = this.regions.search(new RegionQuery(null, Level.PREFECTURE, "320000", 1, 5));
		assertThat(page.total()).isEqualTo(13);
		assertThat(page.items()).hasSize(5);
		assertThat(this.regions.search(new RegionQuery("100%_", null, null, 0, 10)).total()).isZero();
	}

	private RegionPage search(String text) {
		return this.regions.search(new RegionQuery(text, null, null, 0, 10));
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

}
