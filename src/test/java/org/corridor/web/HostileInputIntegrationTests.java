package org.corridor.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.corridor.CorridorIntegrationTest;
import org.corridor.TestTokens;
import org.corridor.account.Accounts;
import org.corridor.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that answered 500 with Spring's default JSON, or coerced a value silently, in
 * the security issue's trial: each is now a 400 problem naming the field, and stores
 * nothing.
 */
@CorridorIntegrationTest
class HostileInputIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void removeWrites() {
		this.jdbc.sql("DELETE FROM indicator_observation WHERE source = 'hostile'").update();
		this.jdbc.sql("DELETE FROM indicator_target WHERE source = 'hostile'").update();
	}

	private HttpResponse<String> send(String method, String path, String token, String type, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		if (type != null) {
			request.header("Content-Type", type);
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode problem(HttpResponse<String> response, String parameter) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("parameter").asString()).as(response.body()).isEqualTo(parameter);
		return problem;
	}

	@Test
	void aControlCharacterInAParameterIsRefusedNamingIt() throws Exception {
		problem(send("GET", "/api/v1/regions?q=%00", null, null, null), "q");
		problem(send("GET", "/api/v1/events?type=%00", null, null, null), "type");
		problem(send("GET", "/api/v1/exchange/listings?q=a%01b", null, null, null), "q");
		problem(send("GET", "/search?q=%00", null, null, null), "q");
		assertThat(send("GET", "/api/v1/regions?q=%E5%AE%81%E6%B3%A2%09", null, null, null).statusCode())
			.as("a tab is no control character to refuse")
			.isEqualTo(200);
	}

	@Test
	void pagesWhoseOffsetOverflowsAreRefused() throws Exception {
		JsonNode deep = problem(send("GET", "/api/v1/exchange/listings?page=107374183&size=20", null, null, null),
				"page");
		assertThat(deep.get("detail").asString()).contains("100000");
		String admin = TestTokens.token(this.port, this.accounts, Role.ADMIN, null);
		problem(send("GET", "/api/v1/accounts?page=2147483647", admin, null, null), "page");
		problem(send("GET", "/api/v1/documents?page=2147483647&size=500", null, null, null), "page");
	}

	@Test
	void aFractionWhereAWholeNumberBelongsIsRefusedNamingTheField() throws Exception {
		String email = TestTokens.account(this.accounts, Role.ANALYST, null, null).email();
		JsonNode days = problem(
				send("POST", "/api/v1/auth/tokens", null, "application/json",
						"{\"email\": \"" + email + "\", \"password\": \"" + TestTokens.PASSWORD + "\", \"days\": 1.5}"),
				"days");
		assertThat(days.get("detail").asString()).startsWith("days cannot be read");
		problem(send("POST", "/api/v1/auth/tokens", null, "application/json", "{\"email\": "), "body");
	}

	@Test
	void valuesTheStoreRefusesAre400AndStoreNothing() throws Exception {
		String planner = TestTokens.token(this.port, this.accounts, Role.PLANNER, "330200");
		problem(send("POST", "/api/v1/observatory/targets", planner, "application/json",
				"{\"region_code\": \"330200\", \"indicator\": \"gdp\", \"value\": 1, \"unit\": \"CNY\","
						+ " \"deadline\": 2030, \"statement\": \"a\\u0000b\", \"source\": \"hostile\"}"),
				"body");
		problem(send("POST", "/api/v1/indicators", planner, "text/csv",
				"region_code,indicator,period,value,unit,source\n330200,gdp,0000,1,CNY,hostile\n"), "body");
		assertThat(this.jdbc.sql("SELECT count(*) FROM indicator_target WHERE source = 'hostile'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM indicator_observation WHERE source = 'hostile'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aFormulaInATargetsSourceIsExportedAsText() throws Exception {
		String planner = TestTokens.token(this.port, this.accounts, Role.PLANNER, "330200");
		HttpResponse<String> entered = send("POST", "/api/v1/observatory/targets", planner, "application/json",
				"{\"region_code\": \"330200\", \"indicator\": \"patents\", \"value\": 9, \"unit\": \"count\","
						+ " \"deadline\": 2031, \"statement\": \"@SUM(A1)\","
						+ " \"source\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"src\\\")\"}");
		assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
		try {
			String csv = send("GET", "/observatory/targets.csv", null, null, null).body();
			assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"src\"\")\"")
				.doesNotContain(",=HYPERLINK")
				.doesNotContain(",\"=HYPERLINK");
			assertThat(org.corridor.analytics.CsvCells.cell("-3.5", true)).isEqualTo("-3.5");
			assertThat(org.corridor.analytics.CsvCells.cell("-3.5", false)).isEqualTo("'-3.5");
			assertThat(org.corridor.analytics.CsvCells.cell("a,b", false)).isEqualTo("\"a,b\"");
		}
		finally {
			this.jdbc.sql("DELETE FROM indicator_target WHERE source LIKE '=HYPERLINK%'").update();
		}
	}

}
