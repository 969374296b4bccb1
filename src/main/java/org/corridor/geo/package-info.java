/**
 * Reference geography: every Chinese division (province, prefecture, county level), the
 * groupings that tie them (corridors, axes, twin cities, clusters, economic circles,
 * mechanisms, macro-regions) with membership over time, and a multilingual name resolver.
 * <p>
 * The public types are plain records and two ports ({@link org.corridor.geo.Regions},
 * {@link org.corridor.geo.Groupings}) backed by PostgreSQL;
 * {@link org.corridor.geo.Gazetteer} and {@link org.corridor.geo.RegionResolver} work
 * from the bundled reference data alone, so the command line can resolve names without a
 * store.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography", allowedDependencies = "support")
package org.corridor.geo;
