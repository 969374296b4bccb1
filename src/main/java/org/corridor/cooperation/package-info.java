/**
 * The cooperation record between regions and organisations, and the cooperation networks
 * built from it. Today: ties from shared membership of groupings; events and agreements
 * from ingestion and the exchange join them as those modules arrive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cooperation",
		allowedDependencies = { "geo", "analytics" })
package org.corridor.cooperation;
