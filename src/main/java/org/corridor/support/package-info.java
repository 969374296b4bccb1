/**
 * Small building blocks every module may use: reading CSV (bundled reference data,
 * uploaded tables) and turning tables into the analytics' inputs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support", allowedDependencies = "analytics")
package org.corridor.support;
