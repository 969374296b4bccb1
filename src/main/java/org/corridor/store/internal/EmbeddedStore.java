package org.corridor.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.corridor.store.StoreUnavailableException;

/**
 * PostgreSQL 18 from zonky's embedded binaries, with a data directory that is kept
 * between runs.
 * <p>
 * A lock file next to the data directory ({@code postgres.lock} beside {@code postgres/})
 * keeps a second Corridor off the same data; a PostgreSQL left running by a Corridor that
 * was killed is stopped before the new one starts.
 */
public final class EmbeddedStore implements AutoCloseable {

	static final String DATABASE = "corridor";

	static final String USER = "postgres";

	private final EmbeddedPostgres postgres;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private EmbeddedStore(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
		this.postgres = postgres;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	/**
	 * Starts PostgreSQL on {@code dataDirectory}, creating and initialising it on first
	 * use.
	 */
	public static EmbeddedStore start(Path dataDirectory) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		FileChannel channel = null;
		FileLock lock = null;
		try {
			Files.createDirectories(directory.getParent());
			Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			lock = tryLock(channel);
			if (lock == null) {
				throw new StoreUnavailableException("another Corridor is using the data directory " + directory + " ("
						+ lockFile + " is locked); stop it, or give this one its own CORRIDOR_DATA_DIR");
			}
			channel.truncate(0);
			channel
				.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
			stopOrphan(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "60")
				// zonky starts PostgreSQL for throw-away test databases (-F: no fsync, no
				// synchronous
				// commit); this store keeps the platform's data, so both are switched
				// back on.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.start();
			createDatabase(postgres);
			return new EmbeddedStore(postgres, channel, lock);
		}
		catch (StoreUnavailableException ex) {
			release(channel, lock);
			throw ex;
		}
		catch (IOException | RuntimeException | SQLException ex) {
			release(channel, lock);
			throw new StoreUnavailableException("cannot start the embedded PostgreSQL in " + directory + ": "
					+ Optional.ofNullable(ex.getMessage())
						.map((m) -> m.lines().findFirst().orElse(m))
						.orElse(ex.toString()),
					ex);
		}
	}

	/**
	 * The lock, or {@code null} when another process or another store in this JVM holds
	 * it.
	 */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (java.nio.channels.OverlappingFileLockException ex) {
			return null;
		}
	}

	/**
	 * Stops a PostgreSQL that still runs on the directory although no Corridor holds the
	 * lock: the server of a Corridor that was killed.
	 */
	private static void stopOrphan(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return;
		}
		Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter((p) -> p.info().command().map((c) -> c.contains("postgres")).orElse(false));
		if (orphan.isPresent()) {
			orphan.get().destroy();
			try {
				orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new StoreUnavailableException("a PostgreSQL left running on " + directory + " (pid " + pid
						+ ") did not stop; stop it by hand", ex);
			}
		}
	}

	private static void createDatabase(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			boolean exists;
			try (ResultSet rs = statement
				.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				exists = rs.next();
			}
			if (!exists) {
				statement.execute("CREATE DATABASE " + DATABASE);
			}
		}
	}

	private static void release(FileChannel channel, FileLock lock) {
		try {
			if (lock != null) {
				lock.release();
			}
			if (channel != null) {
				channel.close();
			}
		}
		catch (IOException ex) {
			// the lock goes with the process anyway
		}
	}

	public String url() {
		return this.postgres.getJdbcUrl(USER, DATABASE);
	}

	public String user() {
		return USER;
	}

	public String password() {
		return "";
	}

	public int port() {
		return this.postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		try {
			this.postgres.close();
		}
		finally {
			release(this.lockChannel, this.lock);
		}
	}

}
