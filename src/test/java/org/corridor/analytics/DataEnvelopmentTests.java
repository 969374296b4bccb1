package org.corridor.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.corridor.analytics.DeaSpec.Model;
import org.corridor.analytics.DeaSpec.Orientation;
import org.corridor.analytics.DeaSpec.ReturnsToScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class DataEnvelopmentTests {

	private static final DeaData hospitals = read("hospitals.csv", List.of("doctors", "nurses"),
			List.of("outpatients", "inpatients"));

	private static final DeaData random = read("random-40x3x2.csv", List.of("x1", "x2", "x3"), List.of("y1", "y2"));

	/**
	 * Cooper, Seiford and Tone, Data Envelopment Analysis (2nd ed., Springer 2007): the
	 * 12 hospitals of Table 1.5 and their CCR scores as printed in the book (three
	 * decimals).
	 */
	@Test
	void reproducesTheTextbookHospitalScores() {
		Map<String, Double> published = Map.ofEntries(Map.entry("A", 1.0), Map.entry("B", 1.0), Map.entry("C", 0.883),
				Map.entry("D", 1.0), Map.entry("E", 0.763), Map.entry("F", 0.835), Map.entry("G", 0.902),
				Map.entry("H", 0.796), Map.entry("I", 0.960), Map.entry("J", 0.871), Map.entry("K", 0.955),
				Map.entry("L", 0.958));
		DeaResult result = DataEnvelopment.evaluate(hospitals,
				new DeaSpec(Model.CCR, ReturnsToScale.CRS, Orientation.INPUT, false));
		for (DmuEfficiency dmu : result.dmus()) {
			assertThat(dmu.efficiency()).as(dmu.dmu()).isCloseTo(published.get(dmu.dmu()), within(0.0005));
		}
		DmuEfficiency c = result.dmus().get(2);
		assertThat(c.peers()).containsExactlyInAnyOrder("B", "D");
		assertThat(c.projections().inputs().get("doctors")).isCloseTo(0.8827 * 25 - c.slacks().inputs().get("doctors"),
				within(0.001));
	}

	static Stream<Arguments> referenceCases() {
		List<Arguments> cases = new ArrayList<>();
		for (String file : List.of("hospitals.csv", "random-40x3x2.csv")) {
			DeaData data = file.startsWith("hospitals") ? hospitals : random;
			cases.add(Arguments.of(data, file + "|ccr|input|plain",
					new DeaSpec(Model.CCR, ReturnsToScale.CRS, Orientation.INPUT, false)));
			cases.add(Arguments.of(data, file + "|ccr|output|plain",
					new DeaSpec(Model.CCR, ReturnsToScale.CRS, Orientation.OUTPUT, false)));
			cases.add(Arguments.of(data, file + "|bcc|input|plain",
					new DeaSpec(Model.BCC, ReturnsToScale.VRS, Orientation.INPUT, false)));
			cases.add(Arguments.of(data, file + "|bcc|output|plain",
					new DeaSpec(Model.BCC, ReturnsToScale.VRS, Orientation.OUTPUT, false)));
			cases.add(Arguments.of(data, file + "|ccr|input|super",
					new DeaSpec(Model.CCR, ReturnsToScale.CRS, Orientation.INPUT, true)));
			cases.add(Arguments.of(data, file + "|bcc|output|super",
					new DeaSpec(Model.BCC, ReturnsToScale.VRS, Orientation.OUTPUT, true)));
			cases.add(Arguments.of(data, file + "|sbm|crs|plain",
					new DeaSpec(Model.SBM, ReturnsToScale.CRS, Orientation.NONE, false)));
			cases.add(Arguments.of(data, file + "|sbm|vrs|plain",
					new DeaSpec(Model.SBM, ReturnsToScale.VRS, Orientation.NONE, false)));
		}
		return cases.stream();
	}

	/**
	 * Against scipy's HiGHS on the same programs
	 * ({@code tools/reference/dea_reference.py}): scores, φ, and the sum of slacks
	 * (unique at the optimum, unlike single slacks).
	 */
	@ParameterizedTest(name = "{1}")
	@MethodSource("referenceCases")
	void agreesWithScipy(DeaData data, String key, DeaSpec spec) {
		JsonNode expected = reference().get("results").get(key);
		DeaResult result = DataEnvelopment.evaluate(data, spec);
		for (DmuEfficiency dmu : result.dmus()) {
			JsonNode ref = expected.get(dmu.dmu());
			if (ref.isNull()) {
				assertThat(dmu.status()).as(dmu.dmu()).isEqualTo("infeasible");
				assertThat(dmu.efficiency()).isNull();
				continue;
			}
			assertThat(dmu.status()).as(dmu.dmu()).isEqualTo("optimal");
			assertThat(dmu.efficiency()).as(key + " " + dmu.dmu())
				.isCloseTo(ref.get("efficiency").asDouble(), within(1e-6));
			if (!ref.get("phi").isNull()) {
				assertThat(dmu.phi()).isCloseTo(ref.get("phi").asDouble(), within(1e-6));
			}
			double expectedSlack = sum(ref.get("input_slacks")) + sum(ref.get("output_slacks"));
			double actualSlack = dmu.slacks().inputs().values().stream().mapToDouble(Double::doubleValue).sum()
					+ dmu.slacks().outputs().values().stream().mapToDouble(Double::doubleValue).sum();
			if (spec.model() != Model.SBM) {
				assertThat(actualSlack).as(key + " slacks of " + dmu.dmu())
					.isCloseTo(expectedSlack, within(1e-4 * Math.max(1, expectedSlack)));
			}
		}
	}

	@Test
	void efficiencyIsAtMostOneAndBccAtLeastCcr() {
		DeaResult ccr = DataEnvelopment.evaluate(random,
				new DeaSpec(Model.CCR, ReturnsToScale.CRS, Orientation.INPUT, false));
		DeaResult bcc = DataEnvelopment.evaluate(random,
				new DeaSpec(Model.BCC, ReturnsToScale.VRS, Orientation.INPUT, false));
		DeaResult sbm = DataEnvelopment.evaluate(random,
				new DeaSpec(Model.SBM, ReturnsToScale.CRS, Orientation.NONE, false));
		for (int j = 0; j < random.size(); j++) {
			assertThat(ccr.dmus().get(j).efficiency()).isBetween(0.0, 1.0 + 1e-9);
			assertThat(bcc.dmus().get(j).efficiency()).isGreaterThanOrEqualTo(ccr.dmus().get(j).efficiency() - 1e-9);
			assertThat(sbm.dmus().get(j).efficiency()).isLessThanOrEqualTo(ccr.dmus().get(j).efficiency() + 1e-9);
		}
	}

	@Test
	void scalingAnInputColumnChangesNoScore() {
		double[][] scaled = Arrays.stream(random.inputs()).map(double[]::clone).toArray(double[][]::new);
		for (double[] row : scaled) {
			row[1] *= 1000;
		}
		DeaData thousandfold = new DeaData(random.dmus(), random.inputNames(), random.outputNames(), scaled,
				random.outputs());
		for (Model model : Model.values()) {
			DeaSpec spec = switch (model) {
				case CCR -> new DeaSpec(model, ReturnsToScale.CRS, Orientation.INPUT, false);
				case BCC -> new DeaSpec(model, ReturnsToScale.VRS, Orientation.OUTPUT, false);
				case SBM -> new DeaSpec(model, ReturnsToScale.CRS, Orientation.NONE, false);
			};
			DeaResult before = DataEnvelopment.evaluate(random, spec);
			DeaResult after = DataEnvelopment.evaluate(thousandfold, spec);
			for (int j = 0; j < random.size(); j++) {
				assertThat(after.dmus().get(j).efficiency()).as(model + " " + j)
					.isCloseTo(before.dmus().get(j).efficiency(), within(1e-6));
			}
		}
	}

	@Test
	void degenerateDataGivesScoresNotNaN() {
		DeaData data = new DeaData(List.of("zero-input", "twin-1", "twin-2", "dominant", "idle"), List.of("a", "b"),
				List.of("out"), new double[][] { { 0, 5 }, { 4, 4 }, { 4, 4 }, { 1, 1 }, { 3, 3 } },
				new double[][] { { 2 }, { 3 }, { 3 }, { 10 }, { 0 } });
		for (DeaSpec spec : List.of(new DeaSpec(Model.CCR, ReturnsToScale.CRS, Orientation.INPUT, false),
				new DeaSpec(Model.BCC, ReturnsToScale.VRS, Orientation.INPUT, false),
				new DeaSpec(Model.CCR, ReturnsToScale.CRS, Orientation.INPUT, true),
				new DeaSpec(Model.SBM, ReturnsToScale.CRS, Orientation.NONE, false),
				new DeaSpec(Model.SBM, ReturnsToScale.VRS, Orientation.NONE, false))) {
			DeaResult result = DataEnvelopment.evaluate(data, spec);
			for (DmuEfficiency dmu : result.dmus()) {
				if (dmu.efficiency() != null) {
					assertThat(dmu.efficiency()).as(spec + " " + dmu.dmu()).isNotNaN().isFinite();
					dmu.lambdas().values().forEach((v) -> assertThat(v).isNotNaN());
				}
				else {
					assertThat(dmu.note()).isNotBlank();
				}
			}
			assertThat(result.dmus().get(1).efficiency()).isEqualTo(result.dmus().get(2).efficiency());
		}
		DeaResult output = DataEnvelopment.evaluate(data,
				new DeaSpec(Model.CCR, ReturnsToScale.CRS, Orientation.OUTPUT, false));
		assertThat(output.dmus().get(4).status()).isEqualTo("unbounded");
		assertThat(output.dmus().get(4).note()).contains("all outputs are zero");
		assertThat(output.dmus().get(3).efficiency()).isCloseTo(1.0, within(1e-9));
		assertThat(data.warnings()).anySatisfy((w) -> assertThat(w).contains("weak discrimination"))
			.anySatisfy((w) -> assertThat(w).contains("idle has all outputs zero"));
	}

	@Test
	void refusesContradictoryModels() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeaSpec(Model.CCR, ReturnsToScale.VRS, Orientation.INPUT, false))
			.withMessageContaining("bcc");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeaSpec(Model.SBM, ReturnsToScale.CRS, Orientation.INPUT, false))
			.withMessageContaining("none");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeaData(List.of("a"), List.of("x"), List.of("y"), new double[][] { { -1 } },
					new double[][] { { 1 } }))
			.withMessageContaining("DMU a, x");
	}

	private static double sum(JsonNode array) {
		double total = 0;
		for (JsonNode v : array) {
			total += v.asDouble();
		}
		return total;
	}

	private static JsonNode referenceJson;

	static synchronized JsonNode reference() {
		if (referenceJson == null) {
			referenceJson = JsonMapper.builder().build().readTree(resource("dea-reference.json"));
		}
		return referenceJson;
	}

	static String resource(String name) {
		try (InputStream in = DataEnvelopmentTests.class.getResourceAsStream("/analytics/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * GDP in yuan (10¹²) beside population (10⁷): badly scaled data, on which the
	 * unscaled programs came out suboptimal (Nanjing 0.9240 with a third peer). Reference
	 * from scipy's HiGHS on the scaled columns (SOURCES.md).
	 */
	@Test
	void badlyScaledDataGetsTheOptimalScores() {
		DeaData jiangsu = read("jiangsu-2022.csv", List.of("rd_expenditure", "population"), List.of("gdp"));
		DeaResult bcc = DataEnvelopment.evaluate(jiangsu,
				new DeaSpec(DeaSpec.Model.BCC, DeaSpec.ReturnsToScale.VRS, DeaSpec.Orientation.INPUT, false));
		for (DmuEfficiency dmu : bcc.dmus()) {
			assertThat(dmu.status()).as(dmu.dmu()).isEqualTo("optimal");
			double expected = dmu.dmu().equals("320100") ? 0.9223833753 : 1.0;
			assertThat(dmu.efficiency()).as(dmu.dmu())
				.isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-7));
		}
		DmuEfficiency nanjing = bcc.dmus().get(0);
		assertThat(nanjing.peers()).containsExactly("320200", "320500");
		assertThat(nanjing.lambdas().get("320200")).isCloseTo(0.7741, org.assertj.core.api.Assertions.within(1e-4));
		double onFrontier = nanjing.lambdas().get("320200") * 4.875e10 + nanjing.lambdas().get("320500") * 9.614e10;
		assertThat(nanjing.projections().inputs().get("rd_expenditure")).isCloseTo(onFrontier,
				org.assertj.core.api.Assertions.within(1e-6 * onFrontier));
	}

	static DeaData read(String name, List<String> inputs, List<String> outputs) {
		List<String> lines = resource(name).lines().filter((l) -> !l.isBlank()).toList();
		List<String> header = List.of(lines.get(0).split(","));
		List<String> dmus = new ArrayList<>();
		double[][] x = new double[lines.size() - 1][];
		double[][] y = new double[lines.size() - 1][];
		for (int k = 1; k < lines.size(); k++) {
			String[] cells = lines.get(k).split(",");
			dmus.add(cells[0]);
			x[k - 1] = inputs.stream().mapToDouble((c) -> Double.parseDouble(cells[header.indexOf(c)])).toArray();
			y[k - 1] = outputs.stream().mapToDouble((c) -> Double.parseDouble(cells[header.indexOf(c)])).toArray();
		}
		return new DeaData(dmus, inputs, outputs, x, y);
	}

}
