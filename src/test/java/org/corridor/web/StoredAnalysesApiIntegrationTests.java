package org.corridor.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.corridor.CorridorIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The observatory's analyses of the stored indicators over HTTP, as the pages use them.
 */
@CorridorIntegrationTest
class StoredAnalysesApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void compositeIndexOfAStoredYearRanksTheRegionsWithIntervals() throws Exception {
		JsonNode index = get("/api/v1/observatory/index?year=2021", 200);
		assertThat(index.get("year").asInt()).isEqualTo(2021);
		JsonNode first = index.get("rows").get(0).get("score");
		assertThat(first.get("rank").asInt()).isEqualTo(1);
		assertThat(first.get("rank_p05").asDouble()).isLessThanOrEqualTo(first.get("median_rank").asDouble());
		assertThat(index.get("rows").size()).isGreaterThanOrEqualTo(5);
		JsonNode problem = get("/api/v1/observatory/index?year=1990", 400);
		assertThat(problem.get("parameter").asString()).isEqualTo("year");
	}

	@Test
	void efficiencyOfTheStoredJiangsuCitiesWithPeersAndSlacks() throws Exception {
		JsonNode dea = get("/api/v1/observatory/efficiency?model=bcc", 200);
		assertThat(dea.get("model").asString()).isEqualTo("bcc");
		assertThat(dea.get("dmus").size()).isGreaterThanOrEqualTo(6);
		for (JsonNode dmu : dea.get("dmus")) {
			assertThat(dmu.get("dmu").asString()).startsWith("32");
			assertThat(dmu.get("efficiency").asDouble()).isBetween(0.0, 1.0 + 1e-9);
		}
		assertThat(get("/api/v1/observatory/efficiency?model=sbm", 400).get("parameter").asString()).isEqualTo("model");
	}

	@Test
	void learningPartnersSayWhetherTheRegionIsInTheAnalysis() throws Exception {
		JsonNode ningbo = get("/api/v1/learning-partners?region=330200", 200);
		assertThat(ningbo.get("in_analysis").asBoolean()).isFalse();
		assertThat(ningbo.get("partners").size()).isZero();
		JsonNode xuzhou = get("/api/v1/observatory/learning-partners?region=320300", 200);
		assertThat(xuzhou.get("in_analysis").asBoolean()).isTrue();
		for (JsonNode partner : xuzhou.get("partners")) {
			assertThat(partner.get("dmu").asString()).startsWith("32").isNotEqualTo("320300");
		}
		get("/api/v1/learning-partners?region=999999", 404);
		get("/api/v1/learning-partners?region=abc", 400);
	}

	private JsonNode get(String path, int status) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}

}
