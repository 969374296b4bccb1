/**
 * Documents in, facts out: a chain of small stages (decode → language → sentences →
 * gazetteer mentions → organisations → quantities and dates → events → targets and
 * figures), assembled in {@link org.corridor.ingest.Extractor}. Every fact carries the
 * sentence it came from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingest",
		allowedDependencies = { "geo", "actor", "support" })
package org.corridor.ingest;
