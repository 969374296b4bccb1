package org.corridor.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to reach the store.
 *
 * @param url JDBC URL of an external PostgreSQL, or {@code null} for the embedded default
 * @param user user for the external database
 * @param password password for the external database
 * @param dataDirectory data directory of the embedded PostgreSQL
 */
public record StoreSettings(String url, String user, String password, Path dataDirectory) {

	/** The embedded default's data directory, relative to the working directory. */
	public static final Path DEFAULT_DATA_DIRECTORY = Path.of("data", "postgres");

	/**
	 * Settings from {@code CORRIDOR_DB_URL}, {@code CORRIDOR_DB_USER},
	 * {@code CORRIDOR_DB_PASSWORD} and {@code CORRIDOR_DATA_DIR}; blank values count as
	 * unset.
	 */
	public static StoreSettings fromEnvironment(Map<String, String> env) {
		String dataDir = blankToNull(env.get("CORRIDOR_DATA_DIR"));
		return new StoreSettings(blankToNull(env.get("CORRIDOR_DB_URL")), blankToNull(env.get("CORRIDOR_DB_USER")),
				blankToNull(env.get("CORRIDOR_DB_PASSWORD")),
				(dataDir != null) ? Path.of(dataDir) : DEFAULT_DATA_DIRECTORY);
	}

	public boolean embedded() {
		return this.url == null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
