package org.corridor.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

import org.corridor.store.internal.EmbeddedStore;

/**
 * An open store: the JDBC coordinates the application uses, and for the embedded default
 * the running PostgreSQL, stopped by {@link #close()}.
 */
public final class Store implements AutoCloseable {

	/** Oldest PostgreSQL major version Corridor runs on. */
	public static final int MINIMUM_POSTGRES_VERSION = 15;

	private final String url;

	private final String user;

	private final String password;

	private final AutoCloseable owned;

	private Store(String url, String user, String password, AutoCloseable owned) {
		this.url = url;
		this.user = user;
		this.password = password;
		this.owned = owned;
	}

	/**
	 * Connects to the external database, or starts the embedded one.
	 * @throws StoreUnavailableException with a one-line reason when the database cannot
	 * be reached, is too old, or the embedded data directory is in use by another
	 * instance
	 */
	public static Store open(StoreSettings settings) {
		Objects.requireNonNull(settings, "settings");
		if (settings.embedded()) {
			EmbeddedStore embedded = EmbeddedStore.start(settings.dataDirectory());
			return new Store(embedded.url(), embedded.user(), embedded.password(), embedded);
		}
		check(settings.url(), settings.user(), settings.password());
		return new Store(settings.url(), settings.user(), settings.password(), null);
	}

	/**
	 * Connects once and checks the server version.
	 */
	private static void check(String url, String user, String password) {
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new StoreUnavailableException(
					"CORRIDOR_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), not " + url);
		}
		DriverManager.setLoginTimeout(10);
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SHOW server_version_num")) {
			rs.next();
			int major = Integer.parseInt(rs.getString(1)) / 10000;
			if (major < MINIMUM_POSTGRES_VERSION) {
				throw new StoreUnavailableException("the database at " + url + " runs PostgreSQL " + major
						+ "; Corridor needs " + MINIMUM_POSTGRES_VERSION + " or later");
			}
		}
		catch (SQLException ex) {
			throw new StoreUnavailableException("cannot connect to the database at " + url + ": "
					+ firstLine(ex.getMessage()) + " (check CORRIDOR_DB_URL, CORRIDOR_DB_USER, CORRIDOR_DB_PASSWORD)",
					ex);
		}
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no reason given";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

	public String url() {
		return this.url;
	}

	public String user() {
		return this.user;
	}

	public String password() {
		return this.password;
	}

	public boolean embedded() {
		return this.owned != null;
	}

	/** Stops the embedded database; an external one is left alone. */
	@Override
	public void close() {
		if (this.owned != null) {
			try {
				this.owned.close();
			}
			catch (Exception ex) {
				throw new IllegalStateException("could not stop the embedded PostgreSQL", ex);
			}
		}
	}

}
