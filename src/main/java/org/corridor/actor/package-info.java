/**
 * Who acts in a regional innovation system: organisations (enterprises, universities,
 * institutes, platforms, government bodies, funds, alliances) with their region and
 * industries, and the industry taxonomy with its supply-chain links.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Actor", allowedDependencies = { "geo", "support" })
package org.corridor.actor;
