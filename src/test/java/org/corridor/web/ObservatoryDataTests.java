package org.corridor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corridor.indicator.Observation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * How the observatory turns stored observations into the inputs of its analyses: one
 * value per year by origin, population from the nearest year, derived indicators, which
 * regions and years qualify.
 */
class ObservatoryDataTests {

	static Observation obs(String region, String indicator, int year, double value, String origin) {
		return new Observation(region, indicator, String.valueOf(year), year, value, "CNY", "test", null, origin);
	}

	static Observation obs(String region, String indicator, int year, double value) {
		return obs(region, indicator, year, value, "reference");
	}

	@Test
	void referenceValuesWinOverImportedOnesOfTheSameYear() {
		ObservatoryData.ValuesByYear values = new ObservatoryData.ValuesByYear(
				List.of(obs("320500", "gdp", 2022, 2.0, "import"), obs("320500", "gdp", 2022, 1.0, "reference")));
		assertThat(values.get("320500", "gdp", 2022)).isEqualTo(1.0);
	}

	@Test
	void quarterlyObservationsAreLeftOut() {
		Observation quarter = new Observation("320500", "gdp", "2022-Q1", 2022, 9.0, "CNY", "test", null, "reference");
		ObservatoryData.ValuesByYear values = new ObservatoryData.ValuesByYear(List.of(quarter));
		assertThat(values.get("320500", "gdp", 2022)).isNull();
		assertThat(values.years()).isEmpty();
	}

	@Test
	void populationComesFromTheNearestEarlierYearElseTheNearestLater() {
		ObservatoryData.ValuesByYear values = new ObservatoryData.ValuesByYear(
				List.of(obs("320500", "population", 2020, 100), obs("320500", "population", 2023, 130)));
		assertThat(values.nearest("320500", "population", 2022)).isEqualTo(100);
		assertThat(values.nearest("320500", "population", 2024)).isEqualTo(130);
		assertThat(values.nearest("320500", "population", 2019)).isEqualTo(100);
		assertThat(values.nearest("330100", "population", 2022)).isNull();
	}

	@Test
	void indexValuesDeriveGdpPerCapitaAndRdIntensityAndLeaveMissingOnesNull() {
		ObservatoryData.ValuesByYear values = new ObservatoryData.ValuesByYear(List.of(obs("320500", "gdp", 2022, 2000),
				obs("320500", "population", 2020, 10), obs("320500", "rd_expenditure", 2022, 80),
				obs("330100", "gdp", 2022, 500), obs("330100", "population", 2020, 5),
				obs("330100", "rd_intensity", 2022, 3.5), obs("330100", "gdp_growth", 2022, 4.0)));
		Map<String, Double> suzhou = ObservatoryData.indexValues(values, "320500", 2022);
		assertThat(suzhou.get("gdp_per_capita")).isEqualTo(200);
		assertThat(suzhou.get("rd_intensity")).isCloseTo(4.0, within(1e-9));
		assertThat(suzhou.get("gdp_growth")).isNull();
		Map<String, Double> hangzhou = ObservatoryData.indexValues(values, "330100", 2022);
		assertThat(hangzhou.get("rd_intensity")).isEqualTo(3.5);
		assertThat(hangzhou.get("gdp_growth")).isEqualTo(4.0);
	}

	@Test
	void dmusNeedAllInputsAndTheOutputOfTheYear() {
		List<Observation> stored = new ArrayList<>();
		for (String region : List.of("320100", "320200", "320300")) {
			stored.add(obs(region, "gdp", 2022, 100));
			stored.add(obs(region, "population", 2020, 10));
			stored.add(obs(region, "rd_expenditure", 2022, 3));
		}
		stored.add(obs("320400", "gdp", 2022, 100));
		stored.add(obs("320400", "population", 2020, 10));
		stored.add(obs("320400", "rd_expenditure", 2021, 3));
		ObservatoryData.ValuesByYear values = new ObservatoryData.ValuesByYear(stored);
		assertThat(ObservatoryData.deaRegions(values, 2022)).containsExactly("320100", "320200", "320300");
		assertThat(ObservatoryData.deaRegions(values, 2021)).isEmpty();
		assertThat(ObservatoryData.deaYears(values)).containsExactly(2022);
	}

	@Test
	void theDefaultYearHasTheMostRegionsAndTheLatestWinsATie() {
		List<Observation> stored = new ArrayList<>();
		for (int k = 0; k < 6; k++) {
			String region = "32010" + k;
			stored.add(obs(region, "population", 2020, 10));
			stored.add(obs(region, "gdp", 2021, 100));
			if (k < 5) {
				stored.add(obs(region, "gdp", 2022, 100));
				stored.add(obs(region, "gdp", 2023, 100));
			}
		}
		ObservatoryData.ValuesByYear values = new ObservatoryData.ValuesByYear(stored);
		List<Integer> years = ObservatoryData.indexYears(values);
		assertThat(years).containsExactly(2021, 2022, 2023);
		assertThat(ObservatoryData.busiest(values, years, true)).isEqualTo(2021);
		assertThat(ObservatoryData.busiest(values, List.of(2022, 2023), true)).isEqualTo(2023);
	}

	@Test
	void latestTakesEachRegionsLastValueUpToTheYear() {
		ObservatoryData.ValuesByYear values = new ObservatoryData.ValuesByYear(
				List.of(obs("320500", "gdp", 2021, 1), obs("320500", "gdp", 2023, 3), obs("330100", "gdp", 2024, 4)));
		Map<String, ObservatoryData.YearValue> latest = values.latest("gdp", 2023);
		assertThat(latest).containsOnlyKeys("320500");
		assertThat(latest.get("320500")).isEqualTo(new ObservatoryData.YearValue(2023, 3));
	}

	@Test
	void tableSortTogglesTheClickedColumnAndFallsBackOnUnknownKeys() {
		Map<String, java.util.function.Function<String, ? extends Comparable<?>>> columns = Map.of("length",
				String::length, "text", (s) -> s);
		TableSort sort = TableSort.parse("length", columns, "text");
		assertThat(sort.apply(List.of("ccc", "a", "bb"), columns)).containsExactly("a", "bb", "ccc");
		assertThat(sort.next("length")).isEqualTo("-length");
		assertThat(sort.aria("length")).isEqualTo("ascending");
		assertThat(sort.aria("text")).isEqualTo("none");
		TableSort descending = TableSort.parse("-length", columns, "text");
		assertThat(descending.apply(List.of("ccc", "a", "bb"), columns)).containsExactly("ccc", "bb", "a");
		assertThat(descending.next("length")).isEqualTo("length");
		assertThat(TableSort.parse("drop table", columns, "text").key()).isEqualTo("text");
	}

	@Test
	void csvFieldsAreQuotedWhereNeededAndNumbersWritten() {
		assertThat(ObservatoryPage.field("Suzhou, Jiangsu")).isEqualTo("\"Suzhou, Jiangsu\"");
		assertThat(ObservatoryPage.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(ObservatoryPage.field(4.47e12)).isEqualTo("4470000000000");
		assertThat(ObservatoryPage.field(0.1234567)).isEqualTo("0.123457");
		assertThat(ObservatoryPage.field(null)).isEmpty();
	}

}
