package org.corridor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AnalysisCommandsTests {

	@TempDir
	Path dir;

	record Run(int status, String out, String err) {

		JsonNode json() {
			return JsonMapper.builder().build().readTree(this.out);
		}

	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = CorridorCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(status, out.toString(), err.toString());
	}

	private Path file(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content);
	}

	private Path hospitals() throws IOException {
		try (var in = getClass().getResourceAsStream("/analytics/hospitals.csv")) {
			return Files.write(this.dir.resolve("hospitals.csv"), in.readAllBytes());
		}
	}

	@Test
	void deaPrintsEfficiencyPeersLambdasAndSlacksPerDmu() throws IOException {
		Run run = run("dea", "--model", "ccr", "--orientation", "input", "--inputs", "doctors,nurses", "--outputs",
				"outpatients,inpatients", "--dmu", "dmu", hospitals().toString());
		assertThat(run.status()).as(run.err()).isZero();
		JsonNode c = run.json().get("dmus").get(2);
		assertThat(c.get("dmu").asString()).isEqualTo("C");
		assertThat(c.get("efficiency").asDouble()).isCloseTo(0.883, within(0.0005));
		assertThat(c.get("peers")).hasSize(2);
		assertThat(c.get("lambdas").get("B").asDouble()).isPositive();
		assertThat(c.get("slacks").get("inputs").get("doctors").asDouble()).isPositive();
		assertThat(c.get("projections").get("outputs").get("outpatients").asDouble()).isCloseTo(160, within(1e-6));
	}

	@Test
	void outputOrientationReportsPhiAndItsInverse() throws IOException {
		Run run = run("dea", "--model", "bcc", "--orientation", "output", "--inputs", "doctors,nurses", "--outputs",
				"outpatients,inpatients", hospitals().toString());
		assertThat(run.status()).isZero();
		for (JsonNode dmu : run.json().get("dmus")) {
			assertThat(dmu.get("phi").asDouble()).isGreaterThanOrEqualTo(1 - 1e-9);
			assertThat(dmu.get("efficiency").asDouble()).isCloseTo(1 / dmu.get("phi").asDouble(), within(1e-12));
		}
		assertThat(run.json().get("rts").asString()).isEqualTo("vrs");
	}

	@Test
	void malmquistPrintsChangesPerDmuAndPeriodPair() throws IOException {
		Path panel;
		try (var in = getClass().getResourceAsStream("/analytics/panel-15x3.csv")) {
			panel = Files.write(this.dir.resolve("panel.csv"), in.readAllBytes());
		}
		Run run = run("malmquist", "--period", "year", "--model", "ccr", "--orientation", "input", "--inputs",
				"rd_staff,rd_spend", "--outputs", "patents", "--dmu", "dmu", panel.toString());
		assertThat(run.status()).as(run.err()).isZero();
		JsonNode first = run.json().get("changes").get(0);
		assertThat(first.get("dmu").asString()).isEqualTo("City01");
		assertThat(first.get("from").asString()).isEqualTo("2021");
		assertThat(first.get("malmquist").asDouble()).isCloseTo(1.3443377502, within(1e-6));
		assertThat(first.has("efficiency_change")).isTrue();
		assertThat(first.has("technical_change")).isTrue();
	}

	@Test
	void badCellsAndColumnsAreOneLineNamingWhere() throws IOException {
		Path bad = file("bad.csv", "dmu,x,y\na,1,2\nb,abc,3\n");
		Run nonNumeric = run("dea", "--model", "ccr", "--orientation", "input", "--inputs", "x", "--outputs", "y",
				bad.toString());
		assertThat(nonNumeric.status()).isEqualTo(1);
		assertThat(nonNumeric.err().lines()).hasSize(1);
		assertThat(nonNumeric.err()).contains("bad.csv:3, column 'x'", "\"abc\" is not a number");
		assertThat(nonNumeric.out()).isEmpty();
		Run missing = run("dea", "--model", "ccr", "--orientation", "input", "--inputs", "x,z", "--outputs", "y",
				bad.toString());
		assertThat(missing.err()).contains("column 'z' named in inputs", "columns: dmu, x, y");
		Path negative = file("negative.csv", "dmu,x,y\na,1,2\nb,-4,3\n");
		assertThat(run("dea", "--model", "ccr", "--orientation", "input", "--inputs", "x", "--outputs", "y",
				negative.toString())
			.err()).contains("negative.csv:3, column 'x'", "negative");
		Run contradictory = run("dea", "--model", "ccr", "--rts", "vrs", "--orientation", "input", "--inputs", "x",
				"--outputs", "y", negative.toString());
		assertThat(contradictory.status()).isEqualTo(1);
		assertThat(contradictory.err()).contains("bcc");
		assertThat(run("dea", "--model", "xyz", "--orientation", "input", "--inputs", "x", "--outputs", "y",
				bad.toString())
			.err()).contains("model must be ccr, bcc or sbm");
		assertThat(run("dea", "--model", "ccr", "--orientation", "input", "--inputs", "x", "--outputs", "y",
				this.dir.resolve("none.csv").toString())
			.err()).contains("no such file");
	}

	@Test
	void networkPrintsOneObjectPerNodeWithEveryMeasure() throws IOException {
		Path karate;
		try (var in = getClass().getResourceAsStream("/analytics/karate.csv")) {
			karate = Files.write(this.dir.resolve("karate.csv"), in.readAllBytes());
		}
		Run run = run("network", "--edges", karate.toString());
		assertThat(run.status()).as(run.err()).isZero();
		JsonNode nodes = run.json();
		assertThat(nodes).hasSize(34);
		JsonNode first = nodes.get(0);
		for (String field : new String[] { "node", "degree", "strength", "betweenness", "closeness", "eigenvector",
				"pagerank", "community" }) {
			assertThat(first.has(field)).as(field).isTrue();
		}
		assertThat(first.get("node").asString()).isEqualTo("m0");
		assertThat(first.get("degree").asInt()).isEqualTo(16);
		assertThat(first.get("betweenness").asDouble()).isCloseTo(0.4376352, within(1e-6));
	}

	@Test
	void badEdgeListsAreOneLineNamingTheRow() throws IOException {
		assertThat(run("network", "--edges", file("empty.csv", "source,target\n").toString()).err())
			.contains("no edges");
		Run loop = run("network", "--edges", file("loop.csv", "source,target\na,b\nc,c\n").toString());
		assertThat(loop.status()).isEqualTo(1);
		assertThat(loop.err()).contains("loop.csv", "edge on data row 2 is a self-loop on c");
		assertThat(run("network", "--edges", file("twice.csv", "source,target\na,b\nb,a\n").toString()).err())
			.contains("repeats edge 1");
		assertThat(
				run("network", "--edges", file("w.csv", "source,target,w\na,b,x\n").toString(), "--weight", "w").err())
			.contains("w.csv:2, column 'w'", "not a number");
		assertThat(run("network", "--edges", file("cols.csv", "from,to\na,b\n").toString()).err())
			.contains("column 'source'");
	}

	@Test
	void extractPrintsOneJsonObjectPerFileAndReportsBadFilesInOneLine() throws IOException {
		Path article;
		try (var in = getClass().getResourceAsStream("/corpus/004_2e3c64913e468b1c.txt")) {
			article = Files.write(this.dir.resolve("chongqing.txt"), in.readAllBytes());
		}
		Path empty = file("empty.txt", "");
		Path binary = Files.write(this.dir.resolve("image.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1 });
		Run run = run("extract", article.toString(), empty.toString(), binary.toString(),
				this.dir.resolve("missing.txt").toString());
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.out().lines()).hasSize(1);
		JsonNode extraction = JsonMapper.builder().build().readTree(run.out().lines().findFirst().orElseThrow());
		assertThat(extraction.get("schema").asString()).isEqualTo("corridor.extraction/1");
		assertThat(extraction.get("source").get("language").asString()).isEqualTo("de");
		assertThat(extraction.get("targets")).hasSize(3);
		assertThat(extraction.get("targets").get(0).get("subject").get("ref").asString()).isEqualTo("500000");
		assertThat(extraction.get("targets").get(0).get("value_text").asString()).isEqualTo("3 %");
		assertThat(extraction.get("regions").get(0).has("name_zh")).isTrue();
		assertThat(run.err().lines()).hasSize(3)
			.anySatisfy((l) -> assertThat(l).contains("empty.txt: empty file"))
			.anySatisfy((l) -> assertThat(l).contains("image.png: binary file"))
			.anySatisfy((l) -> assertThat(l).contains("missing.txt: no such file"));
		assertThat(run("extract", "--published", "yesterday", article.toString()).err()).contains("--published");
	}

	@Test
	void fewDmusGetAWarningAndStillAResult() throws IOException {
		Path few = file("few.csv", "dmu,x1,x2,y1,y2\na,1,2,3,4\nb,2,2,3,1\nc,3,1,1,1\n");
		Run run = run("dea", "--model", "ccr", "--orientation", "input", "--inputs", "x1,x2", "--outputs", "y1,y2",
				few.toString());
		assertThat(run.status()).isZero();
		assertThat(run.err()).contains("warning", "weak discrimination");
		assertThat(run.json().get("warnings")).hasSize(1);
		assertThat(run.json().get("dmus")).hasSize(3);
	}

}
