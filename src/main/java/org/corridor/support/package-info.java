/**
 * Small building blocks every module may use: reading the CSV files bundled as reference
 * data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support", allowedDependencies = {})
package org.corridor.support;
