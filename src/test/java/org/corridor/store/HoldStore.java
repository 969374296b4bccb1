package org.corridor.store;

import java.nio.file.Path;

/**
 * Opens the embedded store on a directory, says "ready" and waits to be killed: a
 * Corridor that dies without stopping its PostgreSQL, for
 * {@link EmbeddedStoreIntegrationTests}.
 */
public final class HoldStore {

	private HoldStore() {
	}

	public static void main(String[] args) throws InterruptedException {
		Store.open(new StoreSettings(null, null, null, Path.of(args[0])));
		System.out.println("ready");
		System.out.flush();
		Thread.sleep(120_000);
	}

}
