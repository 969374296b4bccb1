package org.corridor.indicator.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.corridor.CorridorIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@CorridorIntegrationTest
class IndicatorStoreIntegrationTests {

	@Autowired
	JdbcIndicators indicators;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Autowired
	org.corridor.account.Accounts accounts;

	private String token;

	/** A token of a planner of Zhejiang, who enters Ningbo's data. */
	private String planner() throws Exception {
		if (this.token == null) {
			this.token = org.corridor.TestTokens.token(this.port, this.accounts, org.corridor.account.Role.PLANNER,
					"330000");
		}
		return this.token;
	}

	@Test
	void referenceDataIsLoadedOnceAndOtherOriginsAreLeftAlone() {
		assertThat(count("SELECT count(*) FROM indicator_observation WHERE origin = 'reference'")).isEqualTo(252);
		assertThat(count("SELECT count(*) FROM indicator_target WHERE origin = 'reference'")).isEqualTo(4);
		this.jdbc.sql("""
				INSERT INTO indicator_observation (region_code, indicator, period, year, value, unit, source, origin)
				VALUES ('330200', 'gdp_growth', '2025-Q1..Q3', 2025, 5.0, 'percent', 'test', 'api')
				""").update();
		try {
			assertThat(this.indicators.load(ReferenceIndicators.read())).isFalse();
			this.jdbc.sql("UPDATE indicator_dataset SET checksum = repeat('0', 64)").update();
			assertThat(this.indicators.load(ReferenceIndicators.read())).isTrue();
			assertThat(count("SELECT count(*) FROM indicator_observation WHERE origin = 'api'")).isEqualTo(1);
			assertThat(count("SELECT count(*) FROM indicator_observation WHERE origin = 'reference'")).isEqualTo(252);
		}
		finally {
			this.jdbc.sql("DELETE FROM indicator_observation WHERE origin = 'api'").update();
		}
	}

	@Test
	void ningbosGdpTargetShowsTheRequiredGrowthAndItsStatusFromTheStoredData() throws Exception {
		JsonNode targets = get("/api/v1/observatory/targets?region=330200", 200);
		JsonNode ningbo = null;
		for (JsonNode target : targets) {
			if (target.get("target").get("deadline").asInt() == 2025) {
				ningbo = target;
			}
		}
		assertThat(ningbo).isNotNull();
		assertThat(ningbo.get("target").get("value").asDouble()).isEqualTo(2e12);
		assertThat(ningbo.get("latest_year").asInt()).isEqualTo(2024);
		assertThat(ningbo.get("required_growth").asDouble()).isCloseTo(0.102, within(0.001));
		assertThat(ningbo.get("status").asString()).isEqualTo("at risk");
		assertThat(ningbo.get("target").get("source").asString()).contains("corpus 000");
		JsonNode all = get("/api/v1/observatory/targets", 200);
		assertThat(all).hasSizeGreaterThanOrEqualTo(4);
		JsonNode series = get("/api/v1/indicators?region=330200&indicator=gdp", 200);
		java.util.List<String> origins = new java.util.ArrayList<>();
		series.forEach((o) -> origins.add(o.get("origin").asString()));
		assertThat(origins).as("the four reference values and what the demo corpus states, marked as read")
			.containsOnly("reference", "extracted")
			.filteredOn("reference"::equals)
			.hasSize(4);
		assertThat(origins).contains("extracted");
		assertThat(series.get(0).get("source").asString()).isNotBlank();
		assertThat(series.get(0).get("unit").asString()).isEqualTo("CNY");
	}

	@Test
	void importsObservationsInBaseUnitsAllOrNothing() throws Exception {
		String csv = """
				region_code,indicator,period,value,unit,source
				330200,gdp_growth,2025-Q1..Q3,5.0,%,corpus 000 (2026-01-09)
				330200,rd_expenditure,2023,497.2,亿元,Ningbo statistical bulletin 2023
				""";
		try {
			HttpResponse<String> imported = post("/api/v1/indicators", csv);
			assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
			assertThat(JsonMapper.builder().build().readTree(imported.body()).get("imported").asInt()).isEqualTo(2);
			assertThat(post("/api/v1/indicators", csv).statusCode()).isEqualTo(200);
			assertThat(count("SELECT count(*) FROM indicator_observation WHERE origin = 'import'")).isEqualTo(2);
			JsonNode spending = get("/api/v1/indicators?region=330200&indicator=rd_expenditure", 200);
			assertThat(spending.get(0).get("value").asDouble()).isCloseTo(4.972e10, within(1.0));
			assertThat(spending.get(0).get("unit").asString()).isEqualTo("CNY");
			String bad = csv + "330200,gdp,2024,1.8,furlongs,somewhere\n";
			HttpResponse<String> refused = post("/api/v1/indicators", bad.replace("5.0,%", "5.5,%"));
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("the request body:4, column 'unit'", "furlongs");
			assertThat(get("/api/v1/indicators?region=330200&indicator=gdp_growth", 200).toString())
				.doesNotContain("5.5");
			HttpResponse<String> unknown = post("/api/v1/indicators",
					"region_code,indicator,period,value,unit,source\n999999,gdp,2024,1,CNY,x\n");
			assertThat(unknown.body()).contains("999999");
			HttpResponse<String> noSource = post("/api/v1/indicators",
					"region_code,indicator,period,value,unit,source\n330200,gdp,2024,1,CNY,\n");
			assertThat(noSource.body()).contains("needs its source");
		}
		finally {
			this.jdbc.sql("DELETE FROM indicator_observation WHERE origin = 'import'").update();
		}
	}

	@Test
	void aTargetEnteredThroughTheApiComesBackWithItsProgress() throws Exception {
		try {
			HttpResponse<String> response = postJson("/api/v1/observatory/targets", """
					{"region_code": "330200", "indicator": "gdp", "value": 2.5, "unit": "万亿元", "deadline": 2030,
					 "statement": "GDP 2.5 trillion yuan by 2030", "source": "test"}
					""");
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode progress = JsonMapper.builder().build().readTree(response.body());
			assertThat(progress.get("target").get("value").asDouble()).isEqualTo(2.5e12);
			assertThat(progress.get("target").get("unit").asString()).isEqualTo("CNY");
			assertThat(progress.get("status").asString()).isNotBlank();
			JsonNode ningbo = get("/api/v1/observatory/targets?region=330200", 200);
			java.util.List<String> stated = new java.util.ArrayList<>();
			ningbo.forEach((t) -> {
				if (!t.get("target").get("source").asString().contains("machine-read")) {
					stated.add(t.get("target").get("statement").asString());
				}
			});
			assertThat(stated).as("the reference target and this one; others are read from documents")
				.containsExactlyInAnyOrder(
						"bis 2025 ein Bruttoinlandsprodukt (BIP) von über 2 Billionen Yuan zu erreichen (goal set in 2021)",
						"GDP 2.5 trillion yuan by 2030");
			HttpResponse<String> bad = postJson("/api/v1/observatory/targets",
					"{\"region_code\": \"330200\", \"indicator\": \"gdp\", \"value\": 1, \"unit\": \"ells\", \"deadline\": 2030, \"source\": \"x\"}");
			assertThat(bad.statusCode()).isEqualTo(400);
			assertThat(bad.body()).contains("\"parameter\":\"unit\"");
			HttpResponse<String> noSource = postJson("/api/v1/observatory/targets",
					"{\"region_code\": \"330200\", \"indicator\": \"gdp\", \"value\": 1, \"unit\": \"CNY\", \"deadline\": 2030}");
			assertThat(noSource.body()).contains("\"parameter\":\"source\"");
		}
		finally {
			this.jdbc.sql("DELETE FROM indicator_target WHERE origin = 'api'").update();
		}
	}

	@Test
	void badParametersAreProblems() throws Exception {
		assertThat(get("/api/v1/observatory/targets?region=abc", 400).get("parameter").asString()).isEqualTo("region");
		assertThat(get("/api/v1/observatory/targets?region=999999", 404).get("detail").asString()).contains("999999");
		assertThat(get("/api/v1/indicators?region=330200&indicator=GDP%20x", 400).get("parameter").asString())
			.isEqualTo("indicator");
		assertThat(get("/api/v1/indicators", 400).get("parameter").asString()).isEqualTo("region");
	}

	private JsonNode get(String path, int status) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(status);
		return JsonMapper.builder().build().readTree(response.body());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Content-Type", "text/csv; charset=utf-8")
				.header("Authorization", "Bearer " + planner())
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postJson(String path, String body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + planner())
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
