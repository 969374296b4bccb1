/**
 * The cooperation record between regions and organisations, and the cooperation networks
 * built from it: ties from shared membership of groupings, events read from ingested
 * documents (recorded as each document is stored, see {@code ExtractedEvents}) and
 * agreements signed through the exchange.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cooperation",
		allowedDependencies = { "geo", "ingest", "analytics" })
package org.corridor.cooperation;
