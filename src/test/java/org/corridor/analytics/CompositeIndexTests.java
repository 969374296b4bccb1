package org.corridor.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CompositeIndexTests {

	private static CompositeIndex.Data data() {
		List<String> lines = DataEnvelopmentTests.resource("index-data.csv").lines().toList();
		List<String> indicators = List.of(lines.get(0).split(",")).subList(2, 7);
		List<String> regions = new ArrayList<>();
		List<String> periods = new ArrayList<>();
		double[][] values = new double[lines.size() - 1][];
		for (int k = 1; k < lines.size(); k++) {
			String[] cells = lines.get(k).split(",", -1);
			regions.add(cells[0]);
			periods.add(cells[1]);
			values[k - 1] = new double[5];
			for (int c = 0; c < 5; c++) {
				values[k - 1][c] = cells[c + 2].isEmpty() ? Double.NaN : Double.parseDouble(cells[c + 2]);
			}
		}
		return new CompositeIndex.Data(regions, periods, indicators, values,
				new boolean[] { false, false, false, false, true });
	}

	/**
	 * Each step against numpy and scipy ({@code tools/reference/index_reference.py}).
	 */
	@Test
	void agreesWithTheNumpyReference() {
		JsonNode reference = JsonMapper.builder()
			.build()
			.readTree(DataEnvelopmentTests.resource("index-reference.json"));
		CompositeIndex.Result result = CompositeIndex.compute(data(), null, 0, 1);
		for (int c = 0; c < 5; c++) {
			JsonNode expected = reference.get("indicators").get(c);
			CompositeIndex.IndicatorTreatment actual = result.indicators().get(c);
			assertThat(actual.outliersReplaced()).as(actual.indicator())
				.isEqualTo(expected.get("outliers_replaced").asInt());
			assertThat(actual.skewness()).isCloseTo(expected.get("skewness").asDouble(), within(1e-9));
			assertThat(actual.squareRoot()).isEqualTo(expected.get("square_root").asBoolean());
		}
		Map<String, CompositeIndex.Score> byKey = new HashMap<>();
		result.scores().forEach((s) -> byKey.put(s.region() + "|" + s.period(), s));
		for (JsonNode row : reference.get("rows")) {
			CompositeIndex.Score score = byKey.get(row.get("region").asString() + "|" + row.get("period").asString());
			assertThat(score.score()).isCloseTo(row.get("score").asDouble(), within(1e-9));
			assertThat(score.rank()).isEqualTo(row.get("rank").asInt());
			assertThat(score.relativeToAverage()).isCloseTo(row.get("relative").asDouble(), within(1e-9));
			assertThat(score.group()).isEqualTo(row.get("group").asString());
		}
	}

	@Test
	void sensitivityGivesAMedianRankInsideItsInterval() {
		CompositeIndex.Result result = CompositeIndex.compute(data(), null, 1000, 42);
		for (CompositeIndex.Score score : result.scores()) {
			assertThat(score.rankP05()).isLessThanOrEqualTo(score.medianRank());
			assertThat(score.medianRank()).isLessThanOrEqualTo(score.rankP95());
			assertThat(score.rankP95()).isLessThanOrEqualTo(40);
		}
		CompositeIndex.Result again = CompositeIndex.compute(data(), null, 1000, 42);
		assertThat(again.scores()).isEqualTo(result.scores());
	}

	@Test
	void aRegionBestOnEveryIndicatorRanksFirstUnderEveryWeighting() {
		double[][] values = { { 10, 10, 1 }, { 5, 8, 2 }, { 3, 1, 3 }, { 1, 4, 4 } };
		CompositeIndex.Data data = new CompositeIndex.Data(List.of("a", "b", "c", "d"), List.of("p", "p", "p", "p"),
				List.of("x", "y", "z"), values, new boolean[] { false, false, true });
		CompositeIndex.Result result = CompositeIndex.compute(data, new double[] { 2, 1, 1 }, 500, 7);
		CompositeIndex.Score best = result.scores().get(0);
		assertThat(best.rank()).isEqualTo(1);
		assertThat(best.score()).isCloseTo(1.0, within(1e-12));
		assertThat(best.rankP95()).isEqualTo(1.0);
		assertThat(result.indicators().get(0).weight()).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void refusesBadWeightsAndShapes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CompositeIndex.compute(data(), new double[] { 1, 1 }, 0, 1))
			.withMessageContaining("2 weights for 5 indicators");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CompositeIndex.compute(data(), new double[] { 0, 0, 0, 0, 0 }, 0, 1))
			.withMessageContaining("all zero");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CompositeIndex.Data(List.of("a"), List.of("p"), List.of("x"),
					new double[][] { { Double.POSITIVE_INFINITY } }, new boolean[] { false }))
			.withMessageContaining("infinite");
	}

}
