package org.corridor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CorridorCommandTests {

	record Run(int status, String out, String err) {

	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = CorridorCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(status, out.toString(), err.toString());
	}

	@Test
	void regionsResolvePrintsCodesAndGroupingsAsJson() {
		Run run = run("regions", "resolve", "昆山", "Kunshan", "Schanghai", "Jangtse-Delta");
		assertThat(run.status()).isZero();
		assertThat(run.err()).isEmpty();
		JsonNode results = JsonMapper.builder().build().readTree(run.out());
		assertThat(results).hasSize(4);
		assertThat(best(results.get(0)).get("code").asString()).isEqualTo("320583");
		assertThat(best(results.get(1)).get("code").asString()).isEqualTo("320583");
		assertThat(best(results.get(2)).get("code").asString()).isEqualTo("310000");
		assertThat(best(results.get(3)).get("id").asString()).isEqualTo("yangtze-river-delta");
		List<String> groupings = new ArrayList<>();
		best(results.get(1)).get("groupings").forEach((g) -> groupings.add(g.get("id").asString()));
		assertThat(groupings).contains("g60-corridor", "yangtze-river-delta", "shanghai-nanjing-axis");
	}

	@Test
	void aNameThatMatchesNothingIsOneLineWithSuggestionsAndStatusOne() {
		Run run = run("regions", "resolve", "Kunshn", "Ningbo");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err().lines()).hasSize(1);
		assertThat(run.err()).contains("Kunshn", "Kunshan (320583)");
		assertThat(run.out()).contains("330200");
	}

	@Test
	void badUsageIsOneLineAndStatusTwo() {
		Run unknown = run("frobnicate");
		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.err().lines()).hasSize(1);
		assertThat(unknown.err()).startsWith("corridor: ").contains("frobnicate");
		Run noText = run("regions", "resolve");
		assertThat(noText.status()).isEqualTo(2);
		assertThat(noText.err()).contains("TEXT");
		Run badPort = run("serve", "--port", "99999");
		assertThat(badPort.status()).isEqualTo(2);
		assertThat(badPort.err()).contains("--port");
	}

	@Test
	void optionsWithoutACommandAreServes() {
		assertThat(CorridorCommand.servesByDefault(new String[0])).isTrue();
		assertThat(CorridorCommand.servesByDefault(new String[] { "--port", "9090" })).isTrue();
		assertThat(CorridorCommand.servesByDefault(new String[] { "--help" })).isFalse();
		assertThat(CorridorCommand.servesByDefault(new String[] { "regions", "resolve", "x" })).isFalse();
		Run run = run("--db-url", "jdbc:postgresql://127.0.0.1:1/corridor", "--port", "0");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("127.0.0.1:1");
	}

	@Test
	void serveRefusesAnUnreachableDatabaseInOneLineNamingTheUrl() {
		Run run = run("serve", "--db-url", "jdbc:postgresql://127.0.0.1:1/corridor", "--port", "0");
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err().lines()).hasSize(1);
		assertThat(run.err()).contains("jdbc:postgresql://127.0.0.1:1/corridor");
	}

	@Test
	void ingestStoresEachDocumentOnceAndReportsBadFiles(@TempDir Path tmp) throws Exception {
		Path articles = Files.createDirectories(tmp.resolve("articles"));
		try (var in = getClass().getResourceAsStream("/corpus/004_2e3c64913e468b1c.txt")) {
			Files.write(articles.resolve("chongqing.txt"), in.readAllBytes());
		}
		Files.copy(articles.resolve("chongqing.txt"), articles.resolve("same-under-another-name.txt"));
		Files.write(articles.resolve("broken.txt"), new byte[0]);
		Path data = org.corridor.TestStore.freshDirectory("ingest");
		Run first = run("ingest", "--data-dir", data.toString(), articles.toString());
		assertThat(first.status()).as(first.err()).isEqualTo(1);
		assertThat(first.out()).contains("1 new, 1 already stored, 1 failed", "3 targets");
		assertThat(first.err().lines()).singleElement()
			.satisfies((l) -> assertThat(l).contains("broken.txt: empty file"));
		Run second = run("ingest", "--data-dir", data.toString(), articles.resolve("chongqing.txt").toString());
		assertThat(second.status()).isZero();
		assertThat(second.out()).contains("0 new, 1 already stored, 0 failed");
	}

	/**
	 * Runs the command in a fresh JVM and checks from the class-loading log that neither
	 * Spring's application context nor the embedded PostgreSQL was touched.
	 */
	@Test
	void regionsResolveStartsNeitherSpringNorTheDatabase(@TempDir Path tmp) throws Exception {
		Path classLog = tmp.resolve("classes.log");
		Path out = tmp.resolve("out.json");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + classLog, "-cp",
				System.getProperty("java.class.path"), CorridorCommand.class.getName(), "regions", "resolve", "宁波")
			.redirectOutput(out.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		assertThat(Files.readString(out)).contains("330200");
		String loaded = Files.readString(classLog);
		assertThat(loaded).contains("org.corridor.geo.RegionResolver");
		assertThat(loaded).doesNotContain("org.springframework.context.support.AbstractApplicationContext")
			.doesNotContain("io.zonky.test.db.postgres.embedded.EmbeddedPostgres ");
	}

	private static JsonNode best(JsonNode resolution) {
		return resolution.get("mentions").get(0).get("candidates").get(0);
	}

}
