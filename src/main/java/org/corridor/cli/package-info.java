/**
 * The {@code corridor} command line: {@code serve} (the default) starts the platform;
 * {@code regions resolve} and the other analysis commands work without a store or Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line",
		allowedDependencies = { "geo", "store", "analytics", "support", "ingest", "exchange" })
package org.corridor.cli;
