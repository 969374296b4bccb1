package org.corridor.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.corridor.CorridorIntegrationTest;
import org.corridor.TestTokens;
import org.corridor.account.Account;
import org.corridor.account.Accounts;
import org.corridor.account.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password change ends every other way in: the account's other API tokens and its other
 * browser sessions stop working, the token the change came with goes on; the owner lists
 * her tokens with their dates and sees which are revoked.
 */
@CorridorIntegrationTest
class PasswordChangeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> send(HttpClient client, String method, String path, String token, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpClient signedIn(Account account) throws Exception {
		HttpClient browser = TestTokens.browser();
		TestTokens.signIn(browser, this.port, account.email(), TestTokens.PASSWORD);
		return browser;
	}

	@Test
	void aPasswordChangeEndsTheOtherTokensAndSessions() throws Exception {
		Account account = TestTokens.account(this.accounts, Role.ANALYST, null, null);
		String kept = TestTokens.token(this.port, account);
		String other = TestTokens.token(this.port, account);
		HttpClient session = signedIn(account);
		assertThat(send(session, "GET", "/api/v1/accounts/me", null, null).statusCode()).isEqualTo(200);
		assertThat(send(this.http, "GET", "/api/v1/accounts/me", other, null).statusCode()).isEqualTo(200);

		HttpResponse<String> changed = send(this.http, "POST", "/api/v1/accounts/me/password", kept,
				"{\"current_password\": \"" + TestTokens.PASSWORD
						+ "\", \"new_password\": \"a brand new long password\"}");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

		assertThat(send(this.http, "GET", "/api/v1/accounts/me", kept, null).statusCode()).isEqualTo(200);
		HttpResponse<String> revoked = send(this.http, "GET", "/api/v1/accounts/me", other, null);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(revoked.body()).contains("revoked");
		assertThat(send(session, "GET", "/api/v1/accounts/me", null, null).statusCode())
			.as("the other browser session has ended")
			.isEqualTo(401);

		JsonNode tokens = JsonMapper.builder()
			.build()
			.readTree(send(this.http, "GET", "/api/v1/accounts/me/tokens", kept, null).body());
		assertThat(tokens).hasSize(2);
		assertThat(tokens.findValues("revoked_at").stream().filter(JsonNode::isNull)).hasSize(1);
		assertThat(tokens.toString()).doesNotContain(kept).doesNotContain(other);
	}

}
