package org.corridor.geo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTests {

	private final Gazetteer gazetteer = Gazetteer.bundled();

	@Test
	void holdsEveryDivision() {
		assertThat(this.gazetteer.regions()).hasSize(3213);
		assertThat(this.gazetteer.regions().stream().filter((r) -> r.level() == Level.PROVINCE)).hasSize(34);
		assertThat(this.gazetteer.regions().stream().filter((r) -> r.level() == Level.PREFECTURE)).hasSize(333);
	}

	@Test
	void knownWrongPointsAreFixed() {
		GeoPoint lujiang = this.gazetteer.region("340124").orElseThrow().point();
		GeoPoint luyang = this.gazetteer.region("340103").orElseThrow().point();
		assertThat(lujiang).isNotEqualTo(luyang);
		assertThat(lujiang.lat()).isBetween(31.2, 31.3);
		assertThat(this.gazetteer.region("500155").orElseThrow().point()).isEqualTo(new GeoPoint(30.67, 107.79));
		assertThat(this.gazetteer.region("371302").orElseThrow().point()).isEqualTo(new GeoPoint(35.06, 118.31));
		assertThat(this.gazetteer.region("231102").orElseThrow().point()).isEqualTo(new GeoPoint(50.25, 127.49));
	}

	@Test
	void walksTheHierarchy() {
		assertThat(this.gazetteer.ancestors("320583")).extracting(Region::code).containsExactly("320500", "320000");
		assertThat(this.gazetteer.children("320500")).extracting(Region::code).contains("320583", "320581");
		assertThat(this.gazetteer.ancestors("320000")).isEmpty();
	}

	@Test
	void namesIncludeShortFormsTonedPinyinAndExonyms() {
		assertThat(this.gazetteer.names("330200")).extracting(RegionName::name)
			.contains("宁波市", "宁波", "Ningbo", "Níngbō", "Ningpo", "Ningbo City");
		assertThat(this.gazetteer.names("500000")).extracting(RegionName::name).contains("Chóngqìng", "Tschungking");
		assertThat(this.gazetteer.names("620923")).extracting(RegionName::name).contains("肃北");
		assertThat(this.gazetteer.names("150000")).extracting(RegionName::name).contains("内蒙古", "Inner Mongolia");
	}

	@Test
	void yangtzeRiverDeltaHasFortyOneCitiesSince2019And26Before() {
		assertThat(this.gazetteer.memberships()
			.stream()
			.filter((m) -> m.groupingId().equals("yangtze-river-delta"))
			.filter((m) -> m.activeOn(LocalDate.of(2020, 1, 1)))).hasSize(41);
		assertThat(this.gazetteer.memberships()
			.stream()
			.filter((m) -> m.groupingId().equals("yangtze-river-delta"))
			.filter((m) -> m.activeOn(LocalDate.of(2017, 1, 1)))).hasSize(26);
	}

	@Test
	void g60GrewFromOneDistrictToNineCities() {
		assertThat(membersOn("g60-corridor", LocalDate.of(2016, 6, 1))).containsExactly("310117");
		assertThat(membersOn("g60-corridor", LocalDate.of(2017, 8, 1))).containsExactlyInAnyOrder("310117", "330400",
				"330100");
		assertThat(membersOn("g60-corridor", LocalDate.of(2019, 1, 1))).hasSize(9)
			.contains("340100", "341800", "320500");
		assertThat(membersOn("hangzhou-ningbo-twin-cities", LocalDate.of(2024, 1, 1)))
			.containsExactlyInAnyOrder("330100", "330200");
		assertThat(membersOn("hangzhou-ningbo-twin-cities", LocalDate.of(2025, 9, 1))).contains("330600");
	}

	@Test
	void unknownMembershipsAreNotGuessed() {
		assertThat(membersOn("putuo-eight-cities-one-district", LocalDate.of(2025, 12, 1))).containsExactly("310107");
		assertThat(this.gazetteer.grouping("putuo-eight-cities-one-district").orElseThrow().membershipNote())
			.contains("not stated");
		assertThat(this.gazetteer.memberships()).allSatisfy((m) -> assertThat(m.source()).isNotBlank());
	}

	@Test
	void checksumIsStable() {
		assertThat(this.gazetteer.checksum()).hasSize(64).isEqualTo(Gazetteer.bundled().checksum());
	}

	private java.util.List<String> membersOn(String grouping, LocalDate day) {
		return this.gazetteer.memberships()
			.stream()
			.filter((m) -> m.groupingId().equals(grouping) && m.activeOn(day))
			.map(Membership::code)
			.toList();
	}

}
