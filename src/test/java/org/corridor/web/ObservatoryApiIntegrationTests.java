package org.corridor.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.corridor.CorridorIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@CorridorIntegrationTest
class ObservatoryApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void efficiencyOfACsvBody() throws Exception {
		HttpResponse<String> response = post(
				"/api/v1/observatory/efficiency?model=ccr&orientation=input&inputs=doctors,nurses&outputs=outpatients,inpatients",
				fixture("hospitals.csv"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode c = json(response).get("dmus").get(2);
		assertThat(c.get("dmu").asString()).isEqualTo("C");
		assertThat(c.get("efficiency").asDouble()).isCloseTo(0.883, within(0.0005));
		assertThat(c.get("slacks").get("inputs").get("doctors").asDouble()).isPositive();
	}

	@Test
	void malmquistNetworkAndIndexOfCsvBodies() throws Exception {
		HttpResponse<String> malmquist = post(
				"/api/v1/observatory/malmquist?period=year&orientation=input&inputs=rd_staff,rd_spend&outputs=patents",
				fixture("panel-15x3.csv"));
		assertThat(malmquist.statusCode()).as(malmquist.body()).isEqualTo(200);
		assertThat(json(malmquist).get(0).get("malmquist").asDouble()).isCloseTo(1.3443377502, within(1e-6));
		HttpResponse<String> network = post("/api/v1/observatory/network", fixture("karate.csv"));
		assertThat(network.statusCode()).isEqualTo(200);
		assertThat(json(network)).hasSize(34);
		HttpResponse<String> index = post("/api/v1/observatory/index?lower_is_better=energy_intensity&draws=200",
				fixture("index-data.csv"));
		assertThat(index.statusCode()).as(index.body()).isEqualTo(200);
		JsonNode scores = json(index).get("scores");
		assertThat(scores).hasSize(80);
		assertThat(scores.get(0).has("median_rank")).isTrue();
		assertThat(json(index).get("indicators").get(3).get("square_root").asBoolean()).isTrue();
	}

	@Test
	void theCooperationNetworkOfTheStoredRecord() throws Exception {
		HttpResponse<String> response = get("/api/v1/observatory/network?level=2&at=2019-01-01");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode network = json(response);
		assertThat(network.get("scheme").asString()).contains("co-membership");
		JsonNode hangzhou = null;
		for (JsonNode node : network.get("nodes")) {
			if (node.get("node").asString().equals("330100")) {
				hangzhou = node;
			}
		}
		assertThat(hangzhou).isNotNull();
		assertThat(hangzhou.get("name_en").asString()).isEqualTo("Hangzhou");
		assertThat(hangzhou.get("core_periphery").asDouble()).isEqualTo(1.0);
		assertThat(network.get("gravity").get("regions").asInt()).isGreaterThan(10);
		assertThat(network.get("gravity").get("least_connected").get(0).has("ratio")).isTrue();
		HttpResponse<String> graphml = get("/api/v1/observatory/network?level=2&at=2019-01-01&format=graphml");
		assertThat(graphml.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).contains("graphml"));
		assertThat(graphml.body()).contains("<graphml", "<node id=\"330100\">", "Hangzhou");
		assertThat(get("/api/v1/observatory/network?format=csv").body()).startsWith("node,label,degree");
		problem(get("/api/v1/observatory/network?level=3"), "level");
		problem(get("/api/v1/observatory/network?format=xlsx"), "format");
		problem(get("/api/v1/observatory/network?at=tomorrow"), "at");
	}

	@Test
	void learningPartnersAreSimilarPeersWithTheirNetworkDistance() throws Exception {
		String csv = """
				dmu,rd_staff,rd_spend,patents,population
				330200,100,10,50,9.4
				330100,120,12,120,11.9
				310000,300,40,300,24.9
				320500,110,11,110,12.7
				341300,60,5,10,5.3
				""";
		HttpResponse<String> response = post(
				"/api/v1/observatory/learning-partners?region=330200&inputs=rd_staff,rd_spend&outputs=patents&size=population",
				csv);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode partners = json(response).get("partners");
		assertThat(partners).isNotEmpty();
		assertThat(partners.get(0).get("dmu").asString()).isIn("330100", "320500", "310000");
		assertThat(partners.get(0).get("hops").asInt()).isEqualTo(1);
		assertThat(json(response).get("efficiency").asDouble()).isLessThan(1);
		problem(post(
				"/api/v1/observatory/learning-partners?region=999999&inputs=rd_staff&outputs=patents&size=population",
				csv), "region");
		problem(post("/api/v1/observatory/learning-partners?region=330200&inputs=rd_staff&outputs=patents&size=gdp",
				csv), "body");
	}

	@Test
	void badTablesAndParametersAreProblems() throws Exception {
		JsonNode cell = problem(post("/api/v1/observatory/efficiency?model=ccr&orientation=input&inputs=x&outputs=y",
				"dmu,x,y\na,1,2\nb,zwei,3\n"), "body");
		assertThat(cell.get("detail").asString()).contains("the request body:3, column 'x'",
				"\"zwei\" is not a number");
		problem(post("/api/v1/observatory/efficiency?model=dea&orientation=input&inputs=x&outputs=y",
				"dmu,x,y\na,1,2\n"), "model");
		problem(post("/api/v1/observatory/efficiency?model=sbm&orientation=input&inputs=x&outputs=y",
				"dmu,x,y\na,1,2\n"), "orientation");
		assertThat(
				problem(post("/api/v1/observatory/network", "source,target\na,a\n"), "body").get("detail").asString())
			.contains("self-loop");
		assertThat(problem(post("/api/v1/observatory/network", "source,target\n"), "body").get("detail").asString())
			.contains("no edges");
		problem(post("/api/v1/observatory/index?draws=-1", fixture("index-data.csv")), "draws");
		assertThat(problem(post("/api/v1/observatory/index?weights=1,2", fixture("index-data.csv")), "weights")
			.get("detail")
			.asString()).contains("2 weights for 5 indicators");
	}

	private JsonNode problem(HttpResponse<String> response, String parameter) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
		return problem;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Content-Type", "text/csv; charset=utf-8")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.builder().build().readTree(response.body());
	}

	private static String fixture(String name) throws IOException {
		try (InputStream in = ObservatoryApiIntegrationTests.class.getResourceAsStream("/analytics/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
