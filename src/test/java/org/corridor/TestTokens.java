package org.corridor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.corridor.account.Account;
import org.corridor.account.Accounts;
import org.corridor.account.Role;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts for HTTP tests: a new account of a role (an analyst, a planner of a region …)
 * and an API token for it, asked of the running server as any client would.
 */
public final class TestTokens {

	public static final String PASSWORD = "a test account's long password";

	private TestTokens() {
	}

	/** A new account of the role (organisation and region where the role needs them). */
	public static Account account(Accounts accounts, Role role, Long organisation, String region) {
		return accounts.create(new Accounts.NewAccount(role.code() + "-" + System.nanoTime() + "@example.org",
				role.code(), PASSWORD, role, organisation, region));
	}

	/** An API token for the account from {@code POST /api/v1/auth/tokens}. */
	public static String token(int port, Account account) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/tokens"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"email\": \"" + account.email() + "\", \"password\": \"" + PASSWORD + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JsonMapper.builder().build().readTree(response.body()).get("token").asString();
	}

	/** A token of a new account of the role. */
	public static String token(int port, Accounts accounts, Role role, String region) throws Exception {
		return token(port, account(accounts, role, null, region));
	}

	/**
	 * A client that keeps cookies and does not follow redirects, as a browser session.
	 */
	public static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Signs in at the sign-in page as a browser does (its CSRF token, then the form's
	 * POST); the answer is the redirect the form gets.
	 */
	public static HttpResponse<String> signIn(HttpClient browser, int port, String email, String password)
			throws Exception {
		String base = "http://127.0.0.1:" + port;
		String login = browser
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(login);
		assertThat(csrf.find()).as("the sign-in page has a CSRF token").isTrue();
		return browser
			.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username="
						+ java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8) + "&password="
						+ java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8) + "&_csrf="
						+ csrf.group(1)))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
