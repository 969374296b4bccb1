/**
 * The HTTP face of Corridor: the REST API under {@code /api/v1} (OpenAPI at
 * {@code /v3/api-docs}, RFC 9457 problem details for every error) and the web pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = { "geo", "indicator",
		"analytics", "support", "cooperation", "ingest", "actor", "account", "exchange" })
package org.corridor.web;
