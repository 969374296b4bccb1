package org.corridor.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.corridor.CorridorIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange end to end over HTTP: accounts and tokens, listings, ranked matches,
 * interests through to an agreement that reaches the cooperation network; and the bad
 * inputs and abuse a public API meets.
 */
@CorridorIntegrationTest
class ExchangeApiIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private String admin;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void signInAsAdministrator() throws Exception {
		this.admin = token("admin@corridor.local", CorridorIntegrationTest.ADMIN_PASSWORD);
	}

	@Test
	void aNeedMeetsOffersInOtherLanguagesAndEndsInAnAgreementInTheNetwork() throws Exception {
		long maker = organisation("常熟锂能新材料有限公司 " + this.run, "enterprise", "320581");
		long institute = organisation("Hangzhou Solid-State Battery Institute " + this.run, "research_institute",
				"330106");
		String makerToken = member("maker", maker);
		String instituteToken = member("institute", institute);
		JsonNode offer = body(send("POST", "/api/v1/exchange/listings", instituteToken,
				"""
						{"kind": "offer", "factor": "pilot_capacity", "title": "Pilot line for sulfide solid-state electrolyte",
						 "description": "We run a dry-room pilot line for sulfide solid-state electrolyte powders (Li6PS5Cl), 50 kg per batch, and help partners scale up solid-state battery cells.",
						 "industries": ["batteries", "new_materials"], "terms": ["joint_development", "service"], "publish": true}"""),
				201);
		assertThat(offer.get("language").asString()).isEqualTo("en");
		assertThat(offer.get("region_code").asString()).isEqualTo("330106");
		JsonNode need = body(send("POST", "/api/v1/exchange/listings", makerToken,
				"""
						{"kind": "need", "factor": "pilot_capacity", "title": "寻求固态电解质中试线合作",
						 "description": "我司计划2027年完成全固态电池工艺验证，需要硫化物固态电解质中试线，预算800万元，年底前确定合作方。",
						 "industries": ["batteries"], "budget_min_cny": 5000000, "budget_max_cny": 8000000, "publish": true}"""),
				201);
		assertThat(need.get("language").asString()).isEqualTo("zh");
		long needId = need.get("id").asLong();
		long offerId = offer.get("id").asLong();

		JsonNode matches = body(send("GET", "/api/v1/exchange/listings/" + needId + "/matches?limit=10", null, null),
				200);
		List<Long> ids = new ArrayList<>();
		matches.forEach((m) -> ids.add(m.get("listing").get("id").asLong()));
		assertThat(ids).contains(offerId).doesNotContain(needId);
		matches.forEach((m) -> assertThat(m.get("listing").get("kind").asString()).isEqualTo("offer"));
		matches.forEach((m) -> assertThat(m.get("listing").get("organisation_id").asLong()).isNotEqualTo(maker));
		JsonNode ours = null;
		for (JsonNode m : matches) {
			if (m.get("listing").get("id").asLong() == offerId) {
				ours = m;
			}
		}
		assertThat(ours.get("reasons").toString()).contains("solid-state electrolyte").contains("km");
		JsonNode concepts = reason(ours, "concepts");
		assertThat(concepts.get("code").asString()).isEqualTo("shared_concepts");
		assertThat(concepts.get("arguments").get("concepts").toString()).contains("solid_state_electrolyte");
		assertThat(concepts.get("explanation").asString()).startsWith("shared concepts: ");
		JsonNode distance = reason(ours, "proximity");
		assertThat(distance.get("code").asString()).isEqualTo("distance");
		assertThat(distance.get("arguments").get("from").asString()).isEqualTo("320581");
		assertThat(distance.get("arguments").get("to").asString()).isEqualTo("330106");
		assertThat(distance.get("arguments").get("km").asDouble()).isBetween(100.0, 200.0);
		assertThat(distance.get("arguments").get("rail_hours").asDouble()).isBetween(1.0, 1.5);
		assertThat(matches.toString()).as("the German demo institute's offer is found too").contains("Festkörper");

		double before = strength("320500");
		JsonNode interest = body(send("POST", "/api/v1/exchange/listings/" + offerId + "/interests", makerToken,
				"{\"message\": \"我们希望合作\", \"from_listing_id\": " + needId + "}"), 201);
		long interestId = interest.get("id").asLong();
		assertThat(interest.get("status").asString()).isEqualTo("sent");
		assertThat(send("POST", "/api/v1/exchange/interests/" + interestId + "/accept", makerToken, "{}").statusCode())
			.as("only the receiver answers")
			.isEqualTo(403);
		body(send("POST", "/api/v1/exchange/interests/" + interestId + "/accept", instituteToken, "{}"), 200);
		body(send("POST", "/api/v1/exchange/interests/" + interestId + "/meeting", makerToken,
				"{\"at\": \"2026-11-20T09:30:00Z\", \"place\": \"Changshu\"}"), 200);
		JsonNode agreed = body(
				send("POST", "/api/v1/exchange/interests/" + interestId + "/agreement", instituteToken,
						"{\"kind\": \"joint_rnd\", \"signed_on\": \"2026-11-20\", \"summary\": \"Joint pilot run\"}"),
				200);
		assertThat(agreed.get("status").asString()).isEqualTo("agreed");
		assertThat(agreed.get("cooperation_event_id").isNull()).isFalse();
		assertThat(
				this.jdbc.sql("SELECT name FROM cooperation_party WHERE event_id = ? AND kind = 'region' ORDER BY ref")
					.param(agreed.get("cooperation_event_id").asLong())
					.query(String.class)
					.list())
			.as("regions are named, not only coded")
			.containsExactly("Changshu", "Xihu");
		assertThat(body(send("GET", "/api/v1/exchange/listings/" + offerId, null, null), 200).get("status").asString())
			.isEqualTo("matched");
		assertThat(strength("320500")).as("the agreement ties Suzhou to Hangzhou in the network").isEqualTo(before + 1);
		JsonNode steps = body(send("GET", "/api/v1/exchange/interests/" + interestId + "/history", makerToken, null),
				200);
		assertThat(steps).extracting((s) -> s.get("status").asString())
			.containsExactly("sent", "accepted", "meeting", "agreed");

		String planner = account("planner", "planner", null, "320500");
		JsonNode statistics = body(send("GET", "/api/v1/exchange/statistics?region=320500", planner, null), 200);
		assertThat(statistics.get("agreements").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(send("GET", "/api/v1/exchange/statistics?region=330100", planner, null).statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/v1/exchange/statistics?region=320500", makerToken, null).statusCode())
			.isEqualTo(403);
	}

	@Test
	void aDeclineCarriesItsStructuredReason() throws Exception {
		long a = organisation("Wuxi Sensor Works " + this.run, "enterprise", "320200");
		long b = organisation("Hefei Vision Lab " + this.run, "research_institute", "340100");
		String aToken = member("a", a);
		String bToken = member("b", b);
		long offer = body(
				send("POST", "/api/v1/exchange/listings", bToken,
						"""
								{"kind": "offer", "factor": "technology", "title": "Machine vision inspection of die castings",
								 "description": "Deep-learning visual inspection for porosity.", "industries": ["artificial_intelligence"],
								 "trl": 7, "publish": true}"""),
				201)
			.get("id")
			.asLong();
		long interest = body(send("POST", "/api/v1/exchange/listings/" + offer + "/interests", aToken, "{}"), 201)
			.get("id")
			.asLong();
		JsonNode missing = body(
				send("POST", "/api/v1/exchange/interests/" + interest + "/decline", bToken, "{\"reason\": \"other\"}"),
				400);
		assertThat(missing.get("parameter").asString()).isEqualTo("text");
		JsonNode declined = body(send("POST", "/api/v1/exchange/interests/" + interest + "/decline", bToken,
				"{\"reason\": \"too_early\", \"text\": \"come back at TRL 8\"}"), 200);
		assertThat(declined.get("decline_reason").asString()).isEqualTo("too_early");
		assertThat(send("POST", "/api/v1/exchange/interests/" + interest + "/accept", bToken, "{}").statusCode())
			.as("a declined interest stays declined")
			.isEqualTo(409);
		assertThat(send("POST", "/api/v1/exchange/listings/" + offer + "/interests", bToken, "{}").statusCode())
			.as("no interest in one's own listing")
			.isEqualTo(400);
	}

	@Test
	void badInputIsAnsweredAndLosesNothing() throws Exception {
		long a = organisation("Jiaxing Test Org " + this.run, "enterprise", "330400");
		long b = organisation("Huzhou Test Org " + this.run, "enterprise", "330500");
		String aToken = member("a", a);
		String bToken = member("b", b);
		String script = "<script>alert('x')</script>'; DROP TABLE exchange_listing; --";
		JsonNode created = body(send("POST", "/api/v1/exchange/listings", aToken,
				"{\"kind\": \"need\", \"factor\": \"data\", \"title\": " + json.writeValueAsString(script)
						+ ", \"description\": \"x\", \"industries\": [\"digital_economy\"]}"),
				201);
		long id = created.get("id").asLong();
		assertThat(created.get("title").asString()).isEqualTo(script);
		assertThat(created.get("status").asString()).isEqualTo("draft");
		assertThat(send("GET", "/api/v1/exchange/listings/" + id, null, null).statusCode()).as("drafts are private")
			.isEqualTo(404);

		String huge = "{\"kind\": \"need\", \"factor\": \"data\", \"title\": \"t\", \"industries\": [\"digital_economy\"], \"description\": \""
				+ "a".repeat(5 * 1024 * 1024) + "\"}";
		JsonNode tooLarge = body(send("POST", "/api/v1/exchange/listings", aToken, huge), 413);
		assertThat(tooLarge.get("detail").asString()).contains("1048576");
		JsonNode tooLong = body(send("POST", "/api/v1/exchange/listings", aToken,
				"{\"kind\": \"need\", \"factor\": \"data\", \"title\": \"t\", \"industries\": [\"digital_economy\"], \"description\": \""
						+ "a".repeat(20_000) + "\"}"),
				400);
		assertThat(tooLong.get("parameter").asString()).isEqualTo("description");
		assertThat(tooLong.get("detail").asString()).contains("10,000");
		JsonNode industry = body(send("POST", "/api/v1/exchange/listings", aToken,
				"{\"kind\": \"need\", \"factor\": \"data\", \"title\": \"t\", \"industries\": [\"quantum_bakery\"]}"),
				400);
		assertThat(industry.get("detail").asString()).contains("quantum_bakery");
		JsonNode region = body(send("POST", "/api/v1/exchange/listings", aToken,
				"{\"kind\": \"need\", \"factor\": \"data\", \"title\": \"t\", \"industries\": [\"logistics\"], \"region_code\": \"999999\"}"),
				400);
		assertThat(region.get("parameter").asString()).isEqualTo("region_code");
		assertThat(region.get("detail").asString()).contains("999999");

		assertThat(send("PUT", "/api/v1/exchange/listings/" + id, bToken, "{\"title\": \"mine now\", \"version\": 1}")
			.statusCode()).as("another organisation's draft is not even visible").isEqualTo(404);
		body(send("POST", "/api/v1/exchange/listings/" + id + "/publish", aToken, "{\"version\": 1}"), 200);
		body(send("PUT", "/api/v1/exchange/listings/" + id, bToken, "{\"title\": \"mine now\", \"version\": 2}"), 403);
		assertThat(send("POST", "/api/v1/exchange/listings", null, "{}").statusCode()).isEqualTo(401);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> edits = new ArrayList<>();
		for (String title : List.of("first editor", "second editor")) {
			Callable<Integer> edit = () -> send("PUT", "/api/v1/exchange/listings/" + id, aToken,
					"{\"title\": \"" + title + "\", \"version\": 2}")
				.statusCode();
			edits.add(pool.submit(edit));
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> edit : edits) {
			statuses.add(edit.get());
		}
		pool.shutdown();
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		JsonNode history = body(send("GET", "/api/v1/exchange/listings/" + id + "/history", aToken, null), 200);
		assertThat(history).extracting((h) -> h.get("action").asString())
			.containsExactly("created", "published", "edited");
	}

	@Test
	void expiredTokensAndFloodsAreRefused() throws Exception {
		long a = organisation("Ningbo Token Org " + this.run, "enterprise", "330200");
		String flood = member("flood", a);
		String calm = member("calm", a);
		this.jdbc.sql(
				"UPDATE account_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' "
						+ "WHERE account_id = (SELECT id FROM account WHERE email = ?)")
			.param("expired-" + this.run + "@example.org")
			.update();
		String expired = member("expired", a);
		this.jdbc.sql(
				"UPDATE account_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' "
						+ "WHERE account_id = (SELECT id FROM account WHERE email = ?)")
			.param("expired-" + this.run + "@example.org")
			.update();
		JsonNode refused = body(send("GET", "/api/v1/accounts/me", expired, null), 401);
		assertThat(refused.get("detail").asString()).contains("expired");
		assertThat(send("GET", "/api/v1/accounts/me", "cor_made_up", null).statusCode()).isEqualTo(401);

		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> calls = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			calls.add(pool.submit(() -> send("GET", "/api/v1/accounts/me", flood, null).statusCode()));
		}
		int limited = 0;
		for (Future<Integer> call : calls) {
			if (call.get() == 429) {
				limited++;
			}
		}
		pool.shutdown();
		assertThat(limited).as("a flood from one token is limited").isPositive();
		assertThat(send("GET", "/api/v1/accounts/me", calm, null).statusCode()).as("other tokens are unaffected")
			.isEqualTo(200);
	}

	private static JsonNode reason(JsonNode match, String part) {
		for (JsonNode reason : match.get("reasons")) {
			if (reason.get("part").asString().equals(part)) {
				return reason;
			}
		}
		throw new AssertionError("no " + part + " reason in " + match);
	}

	private double strength(String code) throws Exception {
		JsonNode network = body(send("GET", "/api/v1/observatory/network?level=2", null, null), 200);
		for (JsonNode node : network.get("nodes")) {
			if (node.get("node").asString().equals(code)) {
				return node.get("strength").asDouble();
			}
		}
		return 0;
	}

	private long organisation(String name, String type, String region) throws Exception {
		return body(
				send("POST", "/api/v1/organisations", this.admin,
						"{\"name\": " + json.writeValueAsString(name) + ", \"type\": \"" + type
								+ "\", \"region_code\": \"" + region + "\", \"language\": \"en\"}"),
				201)
			.get("id")
			.asLong();
	}

	private String member(String who, long organisation) throws Exception {
		return account(who, "member", organisation, null);
	}

	private String account(String who, String role, Long organisation, String region) throws Exception {
		String email = who + "-" + this.run + "@example.org";
		body(send("POST", "/api/v1/accounts", this.admin,
				"{\"email\": \"" + email + "\", \"password\": \"a long password 1\", \"role\": \"" + role
						+ "\", \"organisation_id\": " + organisation + ", \"region_code\": "
						+ ((region != null) ? "\"" + region + "\"" : "null") + "}"),
				201);
		return token(email, "a long password 1");
	}

	private String token(String email, String password) throws Exception {
		return body(send("POST", "/api/v1/auth/tokens", null,
				"{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}"), 201)
			.get("token")
			.asString();
	}

	private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode body(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

}
