package org.corridor.ingest;

import java.util.Optional;

/**
 * Stored documents as a reader sees them: the brief (key points with citations and a
 * glossary from Corridor's knowledge) and the highlighted text.
 */
public interface DocumentBriefs {

	/** The languages a brief can be written in. */
	java.util.Set<String> LANGUAGES = java.util.Set.of("zh", "en", "de");

	/**
	 * The brief of a document.
	 * @param language zh, en or de
	 * @throws IllegalArgumentException for another language
	 */
	Optional<Brief> brief(long documentId, String language);

	/**
	 * The document laid out for reading, with tooltips in a language.
	 * @param language zh, en or de
	 */
	Optional<Reading> reading(long documentId, String language);

}
