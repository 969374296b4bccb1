package org.corridor.ingest.internal;

/**
 * The words of a brief in one language: a message key ({@code brief.*} of the documents
 * bundle, shared keys such as {@code event.visit}, {@code kind.corridor},
 * {@code indicator.gdp}) and its arguments to text. Backed by the application's message
 * source; a missing key comes back as itself.
 */
@FunctionalInterface
public interface BriefLabels {

	String get(String key, Object... args);

}
