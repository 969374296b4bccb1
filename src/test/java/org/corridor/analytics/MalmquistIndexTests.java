package org.corridor.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.analytics.DeaSpec.Orientation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class MalmquistIndexTests {

	/**
	 * One input, one output: every Farrell efficiency is the DMU's productivity y/x over
	 * the best productivity of the reference period, so the index is its productivity
	 * growth.
	 */
	@Test
	void withOneInputAndOneOutputTheIndexIsProductivityGrowth() {
		Map<String, DeaData> periods = new LinkedHashMap<>();
		periods.put("2022", data(new double[] { 10, 20 }, new double[] { 10, 10 }));
		periods.put("2023", data(new double[] { 10, 20 }, new double[] { 15, 30 }));
		List<MalmquistIndex.Change> changes = MalmquistIndex.evaluate(periods, Orientation.INPUT);
		MalmquistIndex.Change a = changes.get(0);
		MalmquistIndex.Change b = changes.get(1);
		assertThat(a.malmquist()).isCloseTo(1.5, within(1e-9));
		assertThat(b.malmquist()).isCloseTo(3.0, within(1e-9));
		assertThat(a.efficiencyChange()).isCloseTo(1.0, within(1e-9));
		assertThat(b.efficiencyChange()).isCloseTo(2.0, within(1e-9));
		assertThat(a.technicalChange()).isCloseTo(1.5, within(1e-9));
		assertThat(b.malmquist()).isCloseTo(b.efficiencyChange() * b.technicalChange(), within(1e-12));
	}

	@ParameterizedTest
	@EnumSource(value = Orientation.class, names = { "INPUT", "OUTPUT" })
	void agreesWithScipy(Orientation orientation) {
		JsonNode expected = DataEnvelopmentTests.reference().get("malmquist").get(orientation.id());
		List<MalmquistIndex.Change> changes = MalmquistIndex.evaluate(panel(), orientation);
		assertThat(changes).hasSize(30);
		for (MalmquistIndex.Change change : changes) {
			JsonNode ref = expected.get(change.dmu() + "|" + change.from() + "|" + change.to());
			assertThat(change.malmquist()).as(change.toString())
				.isCloseTo(ref.get("malmquist").asDouble(), within(1e-6));
			assertThat(change.efficiencyChange()).isCloseTo(ref.get("efficiency_change").asDouble(), within(1e-6));
			assertThat(change.technicalChange()).isCloseTo(ref.get("technical_change").asDouble(), within(1e-6));
		}
	}

	@Test
	void needsTwoPeriodsAndAnOrientation() {
		Map<String, DeaData> one = Map.of("2022", data(new double[] { 1 }, new double[] { 1 }));
		assertThatIllegalArgumentException().isThrownBy(() -> MalmquistIndex.evaluate(one, Orientation.INPUT))
			.withMessageContaining("two periods");
		assertThatIllegalArgumentException().isThrownBy(() -> MalmquistIndex.evaluate(panel(), Orientation.NONE))
			.withMessageContaining("orientation");
	}

	private static DeaData data(double[] x, double[] y) {
		List<String> names = new ArrayList<>();
		double[][] xs = new double[x.length][];
		double[][] ys = new double[x.length][];
		for (int j = 0; j < x.length; j++) {
			names.add("d" + j);
			xs[j] = new double[] { x[j] };
			ys[j] = new double[] { y[j] };
		}
		return new DeaData(names, List.of("x"), List.of("y"), xs, ys);
	}

	private static Map<String, DeaData> panel() {
		List<String> lines = DataEnvelopmentTests.resource("panel-15x3.csv").lines().skip(1).toList();
		Map<String, List<String[]>> byYear = new LinkedHashMap<>();
		for (String line : lines) {
			String[] cells = line.split(",");
			byYear.computeIfAbsent(cells[1], (k) -> new ArrayList<>()).add(cells);
		}
		Map<String, DeaData> periods = new LinkedHashMap<>();
		byYear.forEach((year, rows) -> {
			List<String> names = rows.stream().map((r) -> r[0]).toList();
			double[][] x = rows.stream()
				.map((r) -> new double[] { Double.parseDouble(r[2]), Double.parseDouble(r[3]) })
				.toArray(double[][]::new);
			double[][] y = rows.stream().map((r) -> new double[] { Double.parseDouble(r[4]) }).toArray(double[][]::new);
			periods.put(year, new DeaData(names, List.of("rd_staff", "rd_spend"), List.of("patents"), x, y));
		});
		return periods;
	}

}
