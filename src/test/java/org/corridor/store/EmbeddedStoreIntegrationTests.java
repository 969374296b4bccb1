package org.corridor.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.corridor.TestStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedStoreIntegrationTests {

	@Test
	void dataSurvivesARestart() throws SQLException {
		Path directory = TestStore.freshDirectory("restart");
		try (Store store = Store.open(new StoreSettings(null, null, null, directory))) {
			execute(store, "CREATE TABLE kept (id int)", "INSERT INTO kept VALUES (42)");
		}
		try (Store store = Store.open(new StoreSettings(null, null, null, directory))) {
			assertThat(query(store, "SELECT id FROM kept")).isEqualTo("42");
			assertThat(query(store, "SHOW server_version_num")).startsWith("18");
			assertThat(query(store, "SHOW fsync")).isEqualTo("on");
			assertThat(query(store, "SHOW synchronous_commit")).isEqualTo("on");
		}
	}

	@Test
	void aSecondInstanceOnTheSameDirectoryIsRefusedAndTheFirstKeepsWorking() throws SQLException {
		Path directory = TestStore.freshDirectory("second");
		try (Store first = Store.open(new StoreSettings(null, null, null, directory))) {
			execute(first, "CREATE TABLE kept (id int)", "INSERT INTO kept VALUES (7)");
			assertThatExceptionOfType(StoreUnavailableException.class)
				.isThrownBy(() -> Store.open(new StoreSettings(null, null, null, directory)))
				.withMessageContaining("another Corridor is using the data directory")
				.withMessageNotContaining("\n");
			assertThat(query(first, "SELECT id FROM kept")).isEqualTo("7");
		}
	}

	@Test
	void aPostgresLeftRunningByAKilledCorridorIsStoppedAndTheDataKept() throws Exception {
		Path directory = TestStore.freshDirectory("orphan");
		try (Store store = Store.open(new StoreSettings(null, null, null, directory))) {
			execute(store, "CREATE TABLE kept (id int)", "INSERT INTO kept VALUES (9)");
		}
		String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process holder = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
				HoldStore.class.getName(), directory.toString())
			.redirectErrorStream(true)
			.start();
		try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()))) {
			String line;
			do {
				line = reader.readLine();
			}
			while (line != null && !line.equals("ready"));
			assertThat(line).isEqualTo("ready");
		}
		holder.destroyForcibly().waitFor();
		long orphan = Long
			.parseLong(java.nio.file.Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(orphan)).hasValueSatisfying((p) -> assertThat(p.isAlive()).isTrue());
		try (Store store = Store.open(new StoreSettings(null, null, null, directory))) {
			assertThat(query(store, "SELECT id FROM kept")).isEqualTo("9");
		}
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
	}

	@Test
	void anUnreachableDatabaseIsOneLineNamingTheUrl() {
		String url = "jdbc:postgresql://127.0.0.1:1/corridor";
		assertThatExceptionOfType(StoreUnavailableException.class)
			.isThrownBy(() -> Store.open(new StoreSettings(url, "corridor", "secret", null)))
			.withMessageContaining(url)
			.withMessageNotContaining("\n");
		assertThatExceptionOfType(StoreUnavailableException.class)
			.isThrownBy(() -> Store.open(new StoreSettings("mysql://localhost/x", null, null, null)))
			.withMessageContaining("PostgreSQL JDBC URL");
	}

	@Test
	void settingsComeFromTheEnvironment() {
		StoreSettings external = StoreSettings.fromEnvironment(java.util.Map.of("CORRIDOR_DB_URL",
				"jdbc:postgresql://db/corridor", "CORRIDOR_DB_USER", "u", "CORRIDOR_DB_PASSWORD", "p"));
		assertThat(external.embedded()).isFalse();
		assertThat(external.user()).isEqualTo("u");
		StoreSettings embedded = StoreSettings.fromEnvironment(java.util.Map.of("CORRIDOR_DB_URL", " "));
		assertThat(embedded.embedded()).isTrue();
		assertThat(embedded.dataDirectory()).isEqualTo(StoreSettings.DEFAULT_DATA_DIRECTORY);
	}

	static void execute(Store store, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(store.url(), store.user(), store.password());
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	static String query(Store store, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(store.url(), store.user(), store.password());
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
