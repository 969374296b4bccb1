/**
 * Where Corridor keeps its data: an external PostgreSQL (15 or later) named by
 * {@code CORRIDOR_DB_URL}, or by default an embedded PostgreSQL 18 whose data directory
 * survives restarts. {@link org.corridor.store.Store#open(StoreSettings)} starts or
 * checks it before the application starts, so a missing database is one clear line, not a
 * stack trace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Store", allowedDependencies = {})
package org.corridor.store;
