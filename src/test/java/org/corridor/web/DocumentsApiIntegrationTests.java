package org.corridor.web;

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

@CorridorIntegrationTest
class DocumentsApiIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.corridor.account.Accounts accounts;

	private String token;

	/** A token of an analyst, who adds documents. */
	private String analyst() throws Exception {
		if (this.token == null) {
			this.token = org.corridor.TestTokens.token(this.port, this.accounts, org.corridor.account.Role.ANALYST,
					null);
		}
		return this.token;
	}

	@Test
	void theDemoCorpusIsLoadedAndItsFactsAreServed() throws Exception {
		JsonNode list = json.readTree(get("/api/v1/documents").body());
		assertThat(list.get("total").asLong()).isGreaterThanOrEqualTo(5);
		JsonNode targets = json.readTree(get("/api/v1/targets?region=500000").body());
		assertThat(targets).hasSizeGreaterThanOrEqualTo(3);
		assertThat(targets.get(0).get("review_status").asString()).isEqualTo("extracted");
		assertThat(targets.get(0).get("evidence_text").asString()).contains("2027");
		JsonNode visits = json.readTree(get("/api/v1/events?type=visit&from=2026-01-01&to=2026-01-31").body());
		assertThat(visits).anySatisfy((e) -> assertThat(e.get("date").asString()).isEqualTo("2026-01-07"));
		long id = list.get("items").get(0).get("id").asLong();
		JsonNode document = json.readTree(get("/api/v1/documents/" + id).body());
		assertThat(document.get("text").asString()).isNotBlank();
		assertThat(document.get("extraction").get("schema").asString()).isEqualTo("corridor.extraction/1");
	}

	@Test
	void aDocumentIsStoredOnceUnderAnyName() throws Exception {
		String body = "{\"file_name\": \"a.txt\", \"text\": \"Hefei und Wuhu unterzeichneten am 3. März eine Rahmenvereinbarung.\", \"published\": \"2026-03-05\"}";
		JsonNode first = json.readTree(post("/api/v1/documents", body, "application/json").body());
		assertThat(first.get("created").asBoolean()).isTrue();
		assertThat(first.get("events").asInt()).isEqualTo(1);
		JsonNode again = json
			.readTree(post("/api/v1/documents", body.replace("a.txt", "b.txt"), "application/json").body());
		assertThat(again.get("created").asBoolean()).isFalse();
		assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
		JsonNode agreements = json.readTree(get("/api/v1/events?type=agreement&region=340100").body());
		assertThat(agreements).anySatisfy((e) -> assertThat(e.get("date").asString()).isEqualTo("2026-03-03"));
	}

	@Test
	void anUnsupportedLanguageIsStoredAndFlaggedWithoutFacts() throws Exception {
		String body = "{\"text\": \"La ville de Ningbo vise un PIB de 2 billions de yuans en 2025 et signe un accord.\"}";
		HttpResponse<String> response = post("/api/v1/documents", body, "application/json");
		JsonNode result = json.readTree(response.body());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(result.get("supported").asBoolean()).isFalse();
		assertThat(result.get("targets").asInt()).isZero();
	}

	@Test
	void badDocumentsAreProblemsOrPerFileErrors() throws Exception {
		HttpResponse<String> empty = post("/api/v1/documents", "{\"text\": \"  \"}", "application/json");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(json.readTree(empty.body()).get("parameter").asString()).isEqualTo("text");
		String boundary = "corridor-test-boundary";
		String multipart = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"empty.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; "
				+ "filename=\"ok.txt\"\r\nContent-Type: text/plain\r\n\r\nKunshan und Changshu vertiefen die Kooperation.\r\n--"
				+ boundary + "--\r\n";
		HttpResponse<String> upload = post("/api/v1/documents", multipart, "multipart/form-data; boundary=" + boundary);
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
		JsonNode results = json.readTree(upload.body()).get("documents");
		assertThat(results.get(0).get("error").asString()).isEqualTo("empty file");
		assertThat(results.get(1).get("id").asLong()).isPositive();
		assertThat(get("/api/v1/documents/999999999").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/events?from=yesterday").statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body, String type) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Content-Type", type)
				.header("Authorization", "Bearer " + analyst())
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
