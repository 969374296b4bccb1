package org.corridor.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.corridor.CorridorIntegrationTest;
import org.corridor.TestTokens;
import org.corridor.account.Account;
import org.corridor.account.Accounts;
import org.corridor.account.Role;
import org.corridor.actor.OrganisationType;
import org.corridor.actor.Organisations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deny by default, tried as the security issue's attacker did: anonymous writes to
 * indicators, targets and documents are refused and change nothing (Ningbo's GDP target
 * stays as it was); members may not write them; a planner writes her own region's data
 * only; the author is recorded and may retract, others may not; a browser session's API
 * call from another site is refused.
 */
@CorridorIntegrationTest
class WritePermissionsIntegrationTests {

	private static final String NINGBO_GDP = "region_code,indicator,period,value,unit,source\n"
			+ "330200,gdp,2024,99999,亿元,x\n330200,gdp,2025,99999,亿元,x\n";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterEach
	void removeWrites() {
		this.jdbc.sql("DELETE FROM indicator_observation WHERE source = 'x'").update();
		this.jdbc.sql("DELETE FROM indicator_target WHERE source = 'permissions test'").update();
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

	private String targets() throws Exception {
		return send("GET", "/api/v1/observatory/targets?region=330200", null, null, null).body();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void anonymousWritesOfWhatPlannersSeeAreRefusedAndChangeNothing() throws Exception {
		String before = targets();
		long documents = count("SELECT count(*) FROM ingest_document");
		HttpResponse<String> indicators = send("POST", "/api/v1/indicators", null, "text/csv", NINGBO_GDP);
		assertThat(indicators.statusCode()).isEqualTo(401);
		assertThat(indicators.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(
				send("POST", "/api/v1/observatory/targets", null, "application/json",
						"{\"region_code\": \"330200\", \"indicator\": \"gdp\", \"value\": 1, \"unit\": \"CNY\","
								+ " \"deadline\": 2030, \"source\": \"permissions test\"}")
					.statusCode())
			.isEqualTo(401);
		assertThat(send("POST", "/api/v1/documents", null, "application/json",
				"{\"text\": \"Ningbo und Chengdu unterzeichneten am 3. März 2026 eine Rahmenvereinbarung.\"}")
			.statusCode()).isEqualTo(401);
		assertThat(send("DELETE", "/api/v1/observatory/targets/1", null, null, null).statusCode()).isEqualTo(401);
		assertThat(targets()).isEqualTo(before);
		assertThat(count("SELECT count(*) FROM indicator_observation WHERE source = 'x'")).isZero();
		assertThat(count("SELECT count(*) FROM ingest_document")).isEqualTo(documents);
	}

	@Test
	void membersAndPlannersOfOtherRegionsMayNotWriteARegionsData() throws Exception {
		long organisation = this.organisations
			.register(new Organisations.NewOrganisation("Permissions Works " + System.nanoTime(),
					OrganisationType.ENTERPRISE, "330200", java.util.List.of("batteries"), "en", false))
			.id();
		String member = TestTokens.token(this.port, TestTokens.account(this.accounts, Role.MEMBER, organisation, null));
		String jiangsu = TestTokens.token(this.port, this.accounts, Role.PLANNER, "320000");
		String analyst = TestTokens.token(this.port, this.accounts, Role.ANALYST, null);
		assertThat(send("POST", "/api/v1/indicators", member, "text/csv", NINGBO_GDP).statusCode()).isEqualTo(403);
		assertThat(send("POST", "/api/v1/indicators", analyst, "text/csv", NINGBO_GDP).statusCode()).isEqualTo(403);
		HttpResponse<String> other = send("POST", "/api/v1/indicators", jiangsu, "text/csv", NINGBO_GDP);
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.body()).contains("320000", "330200");
		assertThat(
				send("POST", "/api/v1/documents", member, "application/json", "{\"text\": \"Ningbo.\"}").statusCode())
			.isEqualTo(403);
		assertThat(count("SELECT count(*) FROM indicator_observation WHERE source = 'x'")).isZero();
	}

	@Test
	void aPlannerWritesHerRegionsDataAsItsRecordedAuthorAndOnlySheOrAnAdministratorRetractsIt() throws Exception {
		Account zhejiang = TestTokens.account(this.accounts, Role.PLANNER, null, "330000");
		String author = TestTokens.token(this.port, zhejiang);
		String colleague = TestTokens.token(this.port, this.accounts, Role.PLANNER, "330200");
		assertThat(send("POST", "/api/v1/indicators", author, "text/csv", NINGBO_GDP).statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("SELECT DISTINCT entered_by FROM indicator_observation WHERE source = 'x'")
			.query(Long.class)
			.list()).containsExactly(zhejiang.id());
		HttpResponse<String> target = send("POST", "/api/v1/observatory/targets", author, "application/json",
				"{\"region_code\": \"330200\", \"indicator\": \"patents\", \"value\": 7, \"unit\": \"count\","
						+ " \"deadline\": 2030, \"source\": \"permissions test\"}");
		assertThat(target.statusCode()).as(target.body()).isEqualTo(200);
		long id = this.jdbc.sql("SELECT id FROM indicator_target WHERE source = 'permissions test'")
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("SELECT entered_by FROM indicator_target WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(zhejiang.id());

		assertThat(send("DELETE", "/api/v1/observatory/targets/" + id, colleague, null, null).statusCode())
			.isEqualTo(403);
		String observation = "/api/v1/indicators?region=330200&indicator=gdp&period=2024&source=x";
		assertThat(send("DELETE", observation, colleague, null, null).statusCode()).isEqualTo(403);
		assertThat(send("DELETE", "/api/v1/observatory/targets/" + id, author, null, null).statusCode()).isEqualTo(204);
		assertThat(send("DELETE", "/api/v1/observatory/targets/" + id, author, null, null).statusCode()).isEqualTo(404);
		assertThat(send("DELETE", observation, author, null, null).statusCode()).isEqualTo(204);
		assertThat(count("SELECT count(*) FROM indicator_observation WHERE source = 'x'")).isEqualTo(1);
		String reference = "/api/v1/observatory/targets/"
				+ this.jdbc.sql("SELECT min(id) FROM indicator_target WHERE origin = 'reference'")
					.query(Long.class)
					.single();
		assertThat(send("DELETE", reference, author, null, null).statusCode())
			.as("reference targets are not retracted over the API")
			.isEqualTo(404);
	}

	@Test
	void anAnalystsDocumentRecordsItsAuthor() throws Exception {
		Account analyst = TestTokens.account(this.accounts, Role.ANALYST, null, null);
		HttpResponse<String> stored = send("POST", "/api/v1/documents", TestTokens.token(this.port, analyst),
				"application/json", "{\"text\": \"Wuhu und Hefei vereinbarten am 4. März 2026 eine Zusammenarbeit. "
						+ System.nanoTime() + "\"}");
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
		long id = Long.parseLong(stored.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
		assertThat(this.jdbc.sql("SELECT entered_by FROM ingest_document WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(analyst.id());
	}

	@Test
	void aSessionsApiCallFromAnotherSiteIsRefusedAndFromThisSiteAccepted() throws Exception {
		Account analyst = TestTokens.account(this.accounts, Role.ANALYST, null, null);
		HttpClient browser = TestTokens.browser();
		String base = "http://127.0.0.1:" + this.port;
		HttpResponse<String> signedIn = TestTokens.signIn(browser, this.port, analyst.email(), TestTokens.PASSWORD);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		long before = count("SELECT count(*) FROM ingest_document");
		String document = "{\"text\": \"Jiaxing und Huzhou vereinbarten am 5. März 2026 eine Zusammenarbeit. "
				+ System.nanoTime() + "\"}";
		HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
			.header("Content-Type", "application/json")
			.header("Origin", "http://evil.example")
			.POST(HttpRequest.BodyPublishers.ofString(document))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("evil.example");
		assertThat(count("SELECT count(*) FROM ingest_document")).isEqualTo(before);
		HttpResponse<String> own = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
			.header("Content-Type", "application/json")
			.header("Origin", base)
			.POST(HttpRequest.BodyPublishers.ofString(document))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		assertThat(count("SELECT count(*) FROM ingest_document")).isEqualTo(before + 1);
	}

}
