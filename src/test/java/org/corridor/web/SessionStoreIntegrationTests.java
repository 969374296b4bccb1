package org.corridor.web;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridor.CorridorIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's sign-in lives in the store, not in the server's memory: signing in through
 * the form writes a session row that later requests are served from, a session removed
 * from the store no longer signs anyone in, and signing out removes the row.
 */
@CorridorIntegrationTest
class SessionStoreIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signingInStoresTheSessionAndSigningOutRemovesIt() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> login = browser.get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax");

		HttpResponse<String> signIn = browser.post("/login", "username=admin%40corridor.local&password="
				+ encode(CorridorIntegrationTest.ADMIN_PASSWORD) + "&_csrf=" + encode(csrf(login)));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

		String session = browser.sessionId();
		assertThat(principalOf(session)).contains("admin@corridor.local");

		HttpResponse<String> inbox = browser.get("/exchange/inbox");
		assertThat(inbox.statusCode()).isEqualTo(200);
		assertThat(browser.sessionId()).isEqualTo(session);

		HttpResponse<String> signOut = browser.post("/logout", "_csrf=" + encode(csrf(inbox)));
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(principalOf(session)).isEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = ?")
			.param(session)
			.query(Long.class)
			.single()).isZero();
		assertThat(browser.get("/exchange/inbox").statusCode()).isEqualTo(302);
	}

	@Test
	void aSessionGoneFromTheStoreNoLongerSignsIn() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> login = browser.get("/login");
		browser.post("/login", "username=admin%40corridor.local&password="
				+ encode(CorridorIntegrationTest.ADMIN_PASSWORD) + "&_csrf=" + encode(csrf(login)));
		assertThat(browser.get("/exchange/inbox").statusCode()).isEqualTo(200);

		int removed = this.jdbc.sql("DELETE FROM spring_session WHERE session_id = ?")
			.param(browser.sessionId())
			.update();

		assertThat(removed).isOne();
		HttpResponse<String> inbox = browser.get("/exchange/inbox");
		assertThat(inbox.statusCode()).isEqualTo(302);
		assertThat(inbox.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	private Optional<String> principalOf(String session) {
		return this.jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = ?")
			.param(session)
			.query(String.class)
			.optional();
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("a CSRF token on " + page.uri()).isTrue();
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A client that keeps cookies and does not follow redirects, as a browser's first
	 * hop.
	 */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies).build();

		HttpResponse<String> get(String path) throws Exception {
			return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws Exception {
			return this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/** The session the cookie names (Spring Session sends it Base64-encoded). */
		String sessionId() {
			String value = this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals("SESSION"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElseThrow();
			return new String(Base64.getDecoder().decode(value), StandardCharsets.US_ASCII);
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + SessionStoreIntegrationTests.this.port + path);
		}

	}

}
