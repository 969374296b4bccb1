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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords stops paying: after five wrong passwords for an account, the sixth
 * sign-in waits, and so does the right password meanwhile, at the API (429 with
 * Retry-After) and on the sign-in page (a message saying how long); other accounts sign
 * in as before.
 */
@CorridorIntegrationTest
class SignInThrottleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> token(String email, String password) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/auth/tokens"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void wrongPasswordsForAnAccountMakeItsNextSignInsWait() throws Exception {
		Account guessed = TestTokens.account(this.accounts, Role.ANALYST, null, null);
		for (int i = 0; i < SignInThrottle.FREE; i++) {
			assertThat(token(guessed.email(), "guess number " + i).statusCode()).isEqualTo(401);
		}
		assertThat(token(guessed.email(), "guess number 6").statusCode()).isEqualTo(401);
		HttpResponse<String> right = token(guessed.email(), TestTokens.PASSWORD);
		assertThat(right.statusCode()).as("even the right password waits").isEqualTo(429);
		assertThat(right.headers().firstValue("Retry-After")).isPresent();
		assertThat(right.body()).contains("too many failed sign-ins", "try again in");

		Account other = TestTokens.account(this.accounts, Role.ANALYST, null, null);
		assertThat(token(other.email(), TestTokens.PASSWORD).statusCode()).isEqualTo(201);

		HttpClient browser = TestTokens.browser();
		String base = "http://127.0.0.1:" + this.port;
		HttpResponse<String> page = TestTokens.signIn(browser, this.port, guessed.email(), TestTokens.PASSWORD);
		String location = page.headers().firstValue("Location").orElse("");
		assertThat(location).contains("/login?error&wait=");
		String shown = browser
			.send(HttpRequest.newBuilder(URI.create(base + location.replaceFirst("^https?://[^/]+", "")))
				.header("Accept-Language", "en")
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(shown).contains("id=\"login-throttled\"", "Too many failed sign-ins");
	}

}
