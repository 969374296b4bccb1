package org.corridor.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.corridor.analytics.LearningPartners;
import org.corridor.cooperation.CooperationEvent;
import org.corridor.cooperation.CooperationNetworks;
import org.corridor.cooperation.CooperationRecord;
import org.corridor.geo.Gazetteer;
import org.corridor.indicator.Indicators;
import org.corridor.indicator.Observation;
import org.corridor.indicator.Target;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corridor.web.ObservatoryDataTests.obs;

/**
 * {@link ObservatoryData} over a store held in memory: results are reused while the
 * observations stay the same and recomputed when they change; efficiency, peers and
 * learning partners of a small Jiangsu example.
 */
class ObservatoryDataCachingTests {

	/** Indicators in memory, counting how often they are read. */
	static final class StoredIndicators implements Indicators {

		final List<Observation> observations = new ArrayList<>();

		@Override
		public List<Observation> observations(String regionCode, String indicator) {
			return this.observations.stream()
				.filter((o) -> regionCode == null || o.regionCode().equals(regionCode))
				.filter((o) -> indicator == null || o.indicator().equals(indicator))
				.toList();
		}

		@Override
		public List<Target> targets(String regionCode) {
			return List.of(new Target(1, "320500", "gdp", 3000, "CNY", 2030, null, null, "", "test"));
		}

		@Override
		public int add(List<Observation> added, Long enteredBy) {
			this.observations.addAll(added);
			return added.size();
		}

		@Override
		public Target add(Target target, Long enteredBy) {
			return target;
		}

		@Override
		public java.util.Optional<Entered> enteredTarget(long id) {
			return java.util.Optional.empty();
		}

		@Override
		public boolean retractTarget(long id) {
			return false;
		}

		@Override
		public java.util.Optional<Entered> enteredObservation(String regionCode, String indicator, String period,
				String source) {
			return java.util.Optional.empty();
		}

		@Override
		public boolean retractObservation(String regionCode, String indicator, String period, String source) {
			return this.observations.removeIf((o) -> o.regionCode().equals(regionCode)
					&& o.indicator().equals(indicator) && o.period().equals(period) && o.source().equals(source));
		}

	}

	static final CooperationRecord NO_EVENTS = new CooperationRecord() {

		@Override
		public long record(CooperationEvent event) {
			return 0;
		}

		@Override
		public List<CooperationEvent> involving(String regionCode, LocalDate from, LocalDate to, int limit) {
			return List.of();
		}

		@Override
		public int countBetween(String regionA, String regionB, LocalDate since) {
			return 0;
		}

		@Override
		public List<List<String>> partyRegions(LocalDate from, LocalDate to) {
			return List.of();
		}

	};

	/**
	 * Nanjing, Wuxi, Xuzhou, Changzhou, Suzhou, Nantong: R&D, population and GDP of 2022.
	 */
	static StoredIndicators jiangsu() {
		StoredIndicators store = new StoredIndicators();
		String[] codes = { "320100", "320200", "320300", "320400", "320500", "320600" };
		double[] rd = { 50, 40, 20, 30, 90, 25 };
		double[] population = { 930, 750, 900, 530, 1290, 770 };
		double[] gdp = { 1690, 1490, 850, 950, 2400, 1150 };
		for (int k = 0; k < codes.length; k++) {
			store.observations.add(obs(codes[k], "rd_expenditure", 2022, rd[k]));
			store.observations.add(obs(codes[k], "population", 2020, population[k]));
			store.observations.add(obs(codes[k], "gdp", 2022, gdp[k]));
			store.observations.add(obs(codes[k], "gdp", 2021, gdp[k] * 0.95));
		}
		return store;
	}

	static ObservatoryData data(StoredIndicators store) {
		return new ObservatoryData(store, new CooperationNetworks(Gazetteer.bundled(), NO_EVENTS));
	}

	@Test
	void resultsAreReusedUntilTheObservationsChange() {
		StoredIndicators store = jiangsu();
		ObservatoryData data = data(store);
		ObservatoryData.IndexTable first = data.index(null);
		assertThat(data.index(null)).isSameAs(first);
		assertThat(data.efficiency(null, null)).isSameAs(data.efficiency(null, null));
		store.add(List.of(obs("320700", "gdp", 2022, 800), obs("320700", "population", 2020, 460)));
		ObservatoryData.IndexTable second = data.index(2022);
		assertThat(second).isNotSameAs(first);
		assertThat(second.rows()).extracting((r) -> r.score().region()).contains("320700");
	}

	@Test
	void theIndexRanksEveryRegionWithGdpPerCapitaAndSaysOnHowManyIndicators() {
		ObservatoryData.IndexTable index = data(jiangsu()).index(2022);
		assertThat(index.year()).isEqualTo(2022);
		assertThat(index.years()).containsExactly(2021, 2022);
		assertThat(index.rows()).hasSize(6);
		assertThat(index.rows()).extracting((r) -> r.score().rank()).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(index.rows()).allSatisfy((r) -> {
			assertThat(r.score().group()).isIn("leader", "strong", "moderate", "emerging");
			assertThat(r.score().rankP05()).isLessThanOrEqualTo(r.score().medianRank());
			assertThat(r.score().rankP95()).isGreaterThanOrEqualTo(r.score().medianRank());
		});
		assertThat(index.rows()).allSatisfy((r) -> assertThat(r.indicatorsPresent()).isEqualTo(2));
		assertThat(data(jiangsu()).index(2021).rows())
			.allSatisfy((r) -> assertThat(r.indicatorsPresent()).isEqualTo(1));
	}

	@Test
	void efficiencyDefaultsToTheYearWithMostDmusAndNamesPeers() {
		ObservatoryData data = data(jiangsu());
		ObservatoryData.EfficiencyTable table = data.efficiency(1990, "ccr");
		assertThat(table.year()).isEqualTo(2022);
		assertThat(table.model()).isEqualTo("ccr");
		assertThat(table.result().dmus()).hasSize(6);
		assertThat(table.result().dmus()).anySatisfy((d) -> assertThat(d.efficiency()).isEqualTo(1.0));
		assertThat(data.efficiencyOf("320300")).hasValueSatisfying((d) -> {
			assertThat(d.efficiency()).isLessThan(1.0);
			assertThat(d.peers()).isNotEmpty().doesNotContain("320300");
		});
		assertThat(data.efficiencyOf("330100")).isEmpty();
		assertThat(data.efficiency(null, "bcc").result().spec().model().id()).isEqualTo("bcc");
	}

	@Test
	void learningPartnersAreTheInefficientRegionsPeersOfSimilarSize() {
		ObservatoryData data = data(jiangsu());
		String inefficient = data.efficiency(null, null)
			.result()
			.dmus()
			.stream()
			.filter((d) -> d.efficiency() < 0.999)
			.findFirst()
			.orElseThrow()
			.dmu();
		List<LearningPartners.Partner> partners = data.learningPartners(inefficient);
		assertThat(partners).isNotEmpty();
		assertThat(partners).allSatisfy((p) -> {
			assertThat(data.efficiencyOf(p.dmu()).orElseThrow().efficiency()).isGreaterThan(0.999);
			assertThat(p.sizeRatio()).isBetween(1 / 3.0, 3.0);
		});
		assertThat(data.learningPartners("330100")).isEmpty();
	}

	@Test
	void theTargetBoardEvaluatesEachTargetAgainstTheStoredSeries() {
		assertThat(data(jiangsu()).targets()).singleElement().satisfies((p) -> {
			assertThat(p.latestYear()).isEqualTo(2022);
			assertThat(p.status()).isIn("on track", "at risk", "off track");
		});
	}

}
