/**
 * The factor exchange: organisations publish offers and needs of technology, talent,
 * capital, facilities, data, pilot capacity and projects; a {@link MatchIndex} (Lucene,
 * Chinese, German and English analysis, bridged by a {@link ConceptThesaurus}) finds the
 * other side, {@link Matches} ranks it with reasons, and expressions of interest lead to
 * agreements that enter the cooperation record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange",
		allowedDependencies = { "actor", "account", "geo", "cooperation", "support", "analytics" })
package org.corridor.exchange;
