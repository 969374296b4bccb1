package org.corridor.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.corridor.CorridorIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CorridorIntegrationTest
class RestApiIntegrationTests {

	private static final HttpClient client = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aRegionComesWithNamesParentChainChildrenAndGroupings() throws Exception {
		JsonNode kunshan = getJson("/api/v1/regions/320583", 200);
		assertThat(kunshan.get("name_zh").asString()).isEqualTo("昆山市");
		assertThat(kunshan.get("level").asInt()).isEqualTo(3);
		assertThat(kunshan.get("path").asString()).isEqualTo("Kunshan → Suzhou → Jiangsu");
		assertThat(values(kunshan.get("parents"), "code")).containsExactly("320500", "320000");
		assertThat(values(kunshan.get("names"), "name")).contains("Kunshan", "Kūnshān", "昆山");
		assertThat(kunshan.get("lat").asDouble()).isBetween(31.0, 32.0);
		assertThat(values(kunshan.get("groupings"), "grouping_id")).contains("g60-corridor", "yangtze-river-delta",
				"shanghai-nanjing-axis");
		JsonNode suzhou = getJson("/api/v1/regions/320500", 200);
		assertThat(suzhou.get("children_count").asInt()).isEqualTo(9);
	}

	@Test
	void regionsArePagedAndFiltered() throws Exception {
		JsonNode page = getJson("/api/v1/regions?level=2&parent=320000&size=5&page=2", 200);
		assertThat(page.get("total").asLong()).isEqualTo(13);
		assertThat(page.get("items")).hasSize(3);
		JsonNode search = getJson("/api/v1/regions?q=" + encode("Jangtse") + "&size=5", 200);
		assertThat(search.get("total").asLong()).isZero();
		JsonNode schanghai = getJson("/api/v1/regions?q=Schanghai", 200);
		assertThat(values(schanghai.get("items"), "code")).containsExactly("310000");
		assertThat(values(getJson("/api/v1/regions/340000/descendants?level=2", 200), "code")).hasSize(16);
		assertThat(values(getJson("/api/v1/regions/330900/children", 200), "code")).contains("330903");
	}

	@Test
	void groupingsAnswerWhoWasAMemberOnADay() throws Exception {
		JsonNode all = getJson("/api/v1/groupings", 200);
		assertThat(values(all, "id")).contains("g60-corridor", "yangtze-river-delta");
		JsonNode g60in2017 = getJson("/api/v1/groupings/g60-corridor?at=2017-08-01", 200);
		assertThat(values(g60in2017.get("members"), "code")).containsExactlyInAnyOrder("310117", "330400", "330100");
		assertThat(g60in2017.get("history")).hasSize(9);
		assertThat(g60in2017.get("history").get(0).get("source").asString()).contains("2016");
		JsonNode yrd = getJson("/api/v1/groupings/yangtze-river-delta?at=2020-01-01", 200);
		assertThat(yrd.get("members")).hasSize(41);
		JsonNode eightCities = getJson("/api/v1/groupings/putuo-eight-cities-one-district", 200);
		assertThat(eightCities.get("membership_note").asString()).contains("not stated");
	}

	@Test
	void resolvesNamesInQueryStringsAndBodies() throws Exception {
		JsonNode putuo = getJson("/api/v1/resolve?text=" + encode("普陀 舟山"), 200);
		assertThat(putuo.get("mentions").get(0).get("candidates").get(0).get("code").asString()).isEqualTo("330903");
		HttpResponse<String> posted = client.send(HttpRequest.newBuilder(uri("/api/v1/resolve"))
			.header("Content-Type", "text/plain; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString("Suzhou, Bengbu und Huaibei gründen einen Logistikverbund."))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(200);
		JsonNode body = json.readTree(posted.body());
		assertThat(body.get("mentions").get(0).get("candidates").get(0).get("code").asString()).isEqualTo("341300");
		JsonNode nothing = getJson("/api/v1/resolve?text=Kunshn", 200);
		assertThat(nothing.get("mentions")).isEmpty();
		assertThat(nothing.get("suggestions").get(0).asString()).contains("Kunshan");
	}

	@Test
	void everyErrorIsAProblemThatNamesWhatWasWrong() throws Exception {
		assertProblem(get("/api/v1/regions/999999"), 404, "999999", null);
		assertProblem(get("/api/v1/regions/12ab"), 400, "six-digit", "code");
		assertProblem(get("/api/v1/regions?parent=999900"), 404, "999900", null);
		assertProblem(get("/api/v1/regions?parent=x"), 400, "six-digit", "parent");
		assertProblem(get("/api/v1/regions?level=9"), 400, "level must be", "level");
		assertProblem(get("/api/v1/regions?level=two"), 400, "whole number", "level");
		assertProblem(get("/api/v1/regions?size=100000"), 400, "size", "size");
		assertProblem(get("/api/v1/regions?q=" + "x".repeat(300)), 400, "at most", "q");
		assertProblem(get("/api/v1/regions/320000/descendants"), 400, "required", "level");
		assertProblem(get("/api/v1/groupings/nowhere"), 404, "nowhere", null);
		assertProblem(get("/api/v1/groupings/g60-corridor?at=2019-13-45"), 400, "YYYY-MM-DD", "at");
		assertProblem(get("/api/v1/resolve"), 400, "required", "text");
		assertProblem(get("/api/v1/resolve?text=" + "a".repeat(3000)), 400, "POST", "text");
		assertProblem(get("/api/v1/no-such-thing"), 404, null, null);
	}

	@Test
	void aTenMegabyteQueryStringIsRefusedAsAProblem() throws Exception {
		HttpResponse<String> response = get("/api/v1/resolve?text=" + "a".repeat(10 * 1024 * 1024));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json.readTree(response.body()).get("detail").asString()).contains("too long");
		assertThat(get("/api/v1/regions/320583").statusCode()).isEqualTo(200);
	}

	@Test
	void theOverviewSaysWhatIsLoadedAndTheSearchResolvesNames() throws Exception {
		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Corridor", "2,846", "333", "G60 Science and Technology Innovation Corridor",
				"/swagger-ui.html");
		HttpResponse<String> lookup = get("/search?q=" + encode("Kunshan"));
		assertThat(lookup.body()).contains("昆山市 Kunshan", "320583", "Suzhou");
	}

	@Test
	void theApiIsDescribedByOpenApi() throws Exception {
		JsonNode api = getJson("/v3/api-docs", 200);
		assertThat(api.get("paths").propertyNames()).contains("/api/v1/regions", "/api/v1/regions/{code}",
				"/api/v1/groupings", "/api/v1/groupings/{id}", "/api/v1/resolve");
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	private void assertProblem(HttpResponse<String> response, int status, String detailContains, String parameter)
			throws IOException {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		if (detailContains != null) {
			assertThat(problem.get("detail").asString()).contains(detailContains);
		}
		if (parameter != null) {
			assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
		}
	}

	private JsonNode getJson(String path, int status) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static List<String> values(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((node) -> values.add(node.get(field).asString()));
		return values;
	}

}
