/**
 * Indicator series per region (GDP, growth, R&D, high-tech enterprises, ...) with unit,
 * period and source, the quantified targets regions set, and how each target is
 * progressing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
		allowedDependencies = { "geo", "support", "ingest" })
package org.corridor.indicator;
