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
 * {@code GET /api/v1/documents/{id}/brief} over the demo corpus, and the server time of
 * the documents pages (logged, not asserted).
 */
@CorridorIntegrationTest
class DocumentBriefApiIntegrationTests {

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

	private long idOf(String fileNamePrefix) throws Exception {
		JsonNode items = json.readTree(get("/api/v1/documents?size=500").body()).get("items");
		for (JsonNode item : items) {
			if (item.get("file_name").asString().startsWith(fileNamePrefix)) {
				return item.get("id").asLong();
			}
		}
		throw new AssertionError("no demo document " + fileNamePrefix);
	}

	@Test
	void theBriefGroupsKeyPointsWithCitationsAndAGlossaryInTheChosenLanguage() throws Exception {
		long id = idOf("000_");
		HttpResponse<String> response = get("/api/v1/documents/" + id + "/brief?lang=de");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode brief = json.readTree(response.body());
		assertThat(brief.get("document_id").asLong()).isEqualTo(id);
		assertThat(brief.get("language").asString()).isEqualTo("de");
		JsonNode sections = brief.get("sections");
		assertThat(sections.get(0).get("theme").asString()).isEqualTo("agreements_goals");
		assertThat(sections.get(0).get("title").asString()).isEqualTo("Vereinbarungen und Ziele");
		JsonNode citations = brief.get("citations");
		for (JsonNode section : sections) {
			for (JsonNode point : section.get("points")) {
				for (JsonNode n : point.get("citations")) {
					assertThat(citations.get(n.asInt() - 1).get("number").asInt()).isEqualTo(n.asInt());
				}
			}
		}
		assertThat(brief.get("glossary")).anySatisfy((g) -> {
			assertThat(g.get("ref").asString()).isEqualTo("330200");
			assertThat(g.get("description").asString()).startsWith("Verwaltungseinheit auf Bezirksebene")
				.contains("Zhejiang");
		});
		JsonNode zh = json.readTree(get("/api/v1/documents/" + id + "/brief?lang=zh").body());
		assertThat(zh.get("glossary")).anySatisfy((g) -> assertThat(g.get("name").asString()).isEqualTo("宁波市"));
	}

	@Test
	void anUnknownDocumentIsNotFoundAndAnUnknownLanguageABadParameter() throws Exception {
		HttpResponse<String> missing = get("/api/v1/documents/999999999/brief?lang=en");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
		HttpResponse<String> french = get("/api/v1/documents/" + idOf("003_") + "/brief?lang=fr");
		assertThat(french.statusCode()).isEqualTo(400);
		assertThat(json.readTree(french.body()).get("parameter").asString()).isEqualTo("lang");
	}

	@Test
	void anUploadOverTheMultipartLimitIsRefusedAndStoresNothing() throws Exception {
		long before = json.readTree(get("/api/v1/documents").body()).get("total").asLong();
		java.net.CookieManager cookies = new java.net.CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String form = client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/documents"))
				.header("Authorization", "Bearer " + analyst())
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(form);
		assertThat(token.find()).isTrue();
		String boundary = "corridor-large-upload";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
				+ "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + 51 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		java.util.Arrays.fill(body, head.length, body.length - tail.length, (byte) 'a');
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> response = client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/documents"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept-Language", "de")
				.header("Accept", "text/html,application/xhtml+xml")
				.header("Authorization", "Bearer " + analyst())
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Die Datei ist zu groß", "50 MB", "href=\"/documents\"");
		assertThat(json.readTree(get("/api/v1/documents").body()).get("total").asLong()).isEqualTo(before);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
