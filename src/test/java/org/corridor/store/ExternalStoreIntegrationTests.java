package org.corridor.store;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.corridor.CorridorApplication;
import org.corridor.TestStore;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corridor on an external PostgreSQL given by URL, user and password: a second PostgreSQL
 * server, separate from the one the other integration tests share, with its own database
 * and a password-protected user.
 */
class ExternalStoreIntegrationTests {

	@Test
	void runsOnAnExternalPostgresGivenByUrlUserAndPassword() throws Exception {
		Path data = TestStore.freshDirectory("external");
		try (EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.start()) {
			try (var connection = server.getPostgresDatabase().getConnection();
					var statement = connection.createStatement()) {
				statement.execute("CREATE USER planner WITH PASSWORD 'corridor-test'");
				statement.execute("CREATE DATABASE planning OWNER planner");
				Files.writeString(data.resolve("pg_hba.conf"), """
						host all postgres 127.0.0.1/32 trust
						host all all 127.0.0.1/32 scram-sha-256
						host all all ::1/128 scram-sha-256
						""");
				statement.execute("SELECT pg_reload_conf()");
			}
			String url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/planning";
			Store store = Store.open(new StoreSettings(url, "planner", "corridor-test", null));
			assertThat(store.embedded()).isFalse();
			try (ConfigurableApplicationContext context = CorridorApplication.application()
				.run("--spring.datasource.url=" + store.url(), "--spring.datasource.username=" + store.user(),
						"--spring.datasource.password=" + store.password(), "--server.port=0",
						"--server.address=127.0.0.1")) {
				String port = context.getEnvironment().getProperty("local.server.port");
				HttpResponse<String> response = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/regions/330200"))
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).contains("宁波市");
			}
			assertThat(EmbeddedStoreIntegrationTests.query(
					Store.open(new StoreSettings(url, "planner", "corridor-test", null)),
					"SELECT count(*) FROM geo_region"))
				.isEqualTo("3213");
			org.assertj.core.api.Assertions.assertThatExceptionOfType(StoreUnavailableException.class)
				.isThrownBy(() -> Store.open(new StoreSettings(url, "planner", "wrong", null)))
				.withMessageContaining(url);
		}
	}

}
