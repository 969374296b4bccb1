package org.corridor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.corridor.CorridorApplication;
import org.corridor.store.Store;
import org.corridor.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code corridor serve}: opens the store (embedded PostgreSQL unless
 * {@code CORRIDOR_DB_URL} is set), then starts the platform and serves until stopped. The
 * store stops after the application.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Start the platform (the default command).",
				"Store: CORRIDOR_DB_URL, CORRIDOR_DB_USER, CORRIDOR_DB_PASSWORD for an external PostgreSQL >= 15;",
				"otherwise an embedded PostgreSQL in CORRIDOR_DATA_DIR (default ./data/postgres)." })
final class ServeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--port", defaultValue = "8080",
			description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
	int port;

	@Option(names = "--address", description = "address to bind to (default: all interfaces)")
	String address;

	@Option(names = "--data-dir",
			description = "data directory of the embedded PostgreSQL (default: CORRIDOR_DATA_DIR or ./data/postgres)")
	Path dataDirectory;

	@Option(names = "--db-url", description = "JDBC URL of an external PostgreSQL (default: CORRIDOR_DB_URL)")
	String dbUrl;

	@Option(names = "--db-user", description = "user of the external PostgreSQL (default: CORRIDOR_DB_USER)")
	String dbUser;

	@Option(names = "--db-password",
			description = "password of the external PostgreSQL (default: CORRIDOR_DB_PASSWORD)")
	String dbPassword;

	@Override
	public Integer call() throws InterruptedException {
		if (this.port < 0 || this.port > 65535) {
			this.spec.commandLine().getErr().println("corridor: --port must be between 0 and 65535, not " + this.port);
			return 2;
		}
		StoreSettings env = StoreSettings.fromEnvironment(System.getenv());
		StoreSettings settings = new StoreSettings((this.dbUrl != null) ? this.dbUrl : env.url(),
				(this.dbUser != null) ? this.dbUser : env.user(),
				(this.dbPassword != null) ? this.dbPassword : env.password(),
				(this.dataDirectory != null) ? this.dataDirectory : env.dataDirectory());
		Store store = Store.open(settings);
		ConfigurableApplicationContext context;
		try {
			SpringApplication application = CorridorApplication.application();
			application.setRegisterShutdownHook(false);
			context = application.run(springArguments(store, settings));
		}
		catch (RuntimeException ex) {
			store.close();
			Throwable root = ex;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			throw new IllegalStateException("the platform did not start: " + CorridorCommand.oneLine(root), ex);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			context.close();
			store.close();
			stopped.countDown();
		}, "corridor-shutdown"));
		String where = settings.embedded() ? "embedded PostgreSQL in " + settings.dataDirectory().toAbsolutePath()
				: settings.url();
		this.spec.commandLine()
			.getOut()
			.println("Corridor is running at http://localhost:"
					+ context.getEnvironment().getProperty("local.server.port") + "/ (store: " + where
					+ "); stop it with Ctrl-C");
		stopped.await();
		return 0;
	}

	/**
	 * The arguments that point the application at an open store.
	 */
	static List<String> datasourceArguments(Store store) {
		return List.of("--spring.datasource.url=" + store.url(), "--spring.datasource.username=" + store.user(),
				"--spring.datasource.password=" + ((store.password() != null) ? store.password() : ""));
	}

	/**
	 * The store of a batch command ({@code ingest}, {@code exchange import}): external
	 * from the environment, or embedded in {@code dataDirectory} (else the environment's
	 * or the default directory).
	 */
	static StoreSettings batchStoreSettings(Path dataDirectory) {
		StoreSettings env = StoreSettings.fromEnvironment(System.getenv());
		return new StoreSettings(env.url(), env.user(), env.password(),
				(dataDirectory != null) ? dataDirectory : env.dataDirectory());
	}

	/**
	 * The application without a web server on an open store, quiet and without loading
	 * demo data, for a batch command to use and close.
	 */
	static ConfigurableApplicationContext batchContext(Store store) {
		SpringApplication application = CorridorApplication.application();
		application.setWebApplicationType(WebApplicationType.NONE);
		List<String> arguments = new ArrayList<>(datasourceArguments(store));
		arguments.add("--logging.level.root=WARN");
		arguments.add("--corridor.demo-corpus=false");
		arguments.add("--corridor.demo-exchange=false");
		return application.run(arguments.toArray(String[]::new));
	}

	private String[] springArguments(Store store, StoreSettings settings) {
		List<String> arguments = new ArrayList<>(datasourceArguments(store));
		Path data = settings.embedded() ? settings.dataDirectory().toAbsolutePath().getParent() : Path.of("data");
		arguments.add("--corridor.exchange.index-directory=" + data.resolve("index").toAbsolutePath());
		arguments.add("--server.port=" + this.port);
		if (this.address != null) {
			arguments.add("--server.address=" + this.address);
		}
		return arguments.toArray(String[]::new);
	}

}
