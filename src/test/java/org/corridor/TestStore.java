package org.corridor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.corridor.store.Store;
import org.corridor.store.StoreSettings;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One embedded PostgreSQL for all integration tests of a JVM, in a fresh directory under
 * {@code target/}, stopped when the JVM exits.
 */
public final class TestStore {

	private static Store store;

	private TestStore() {
	}

	public static synchronized Store get() {
		if (store == null) {
			store = Store.open(new StoreSettings(null, null, null, freshDirectory("postgres")));
			Runtime.getRuntime().addShutdownHook(new Thread(store::close, "test-store-shutdown"));
		}
		return store;
	}

	/**
	 * A new empty directory under {@code target/test-data}.
	 */
	public static Path freshDirectory(String name) {
		try {
			Path parent = Files.createDirectories(Path.of("target", "test-data"));
			return Files.createTempDirectory(parent, name + "-").resolve("postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Points a Spring test context at the shared store.
	 */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Store shared = get();
			TestPropertyValues
				.of("spring.datasource.url=" + shared.url(), "spring.datasource.username=" + shared.user(),
						"spring.datasource.password=" + shared.password())
				.applyTo(context);
		}

	}

}
