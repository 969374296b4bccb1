package org.corridor.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The ingested documents and the facts drawn from them. A document is identified by the
 * SHA-256 of its bytes: ingesting it again, under any name, changes nothing. Each
 * document is stored in one transaction, so a failure leaves the store as it was; a new
 * document's {@link DocumentIngested} is published inside it.
 */
public interface Documents {

	/**
	 * Extracts and stores a document.
	 * @throws IllegalArgumentException naming why the document cannot be read
	 */
	default Ingested ingest(byte[] bytes, String fileName, LocalDate published) {
		return ingest(bytes, fileName, published, null);
	}

	/**
	 * As {@link #ingest(byte[], String, LocalDate)}, recording who brought the document
	 * in.
	 * @param enteredBy the account id, or null (the command line, the demo content)
	 */
	Ingested ingest(byte[] bytes, String fileName, LocalDate published, Long enteredBy);

	/**
	 * The {@link DocumentIngested} of every stored document with events (rejected event
	 * facts left out), oldest document first; published at start as
	 * {@link DocumentsReplayed}.
	 */
	List<DocumentIngested> replay();

	List<Summary> list(int page, int size);

	long count();

	/** Documents whose title or file name contains the text (any case), newest first. */
	List<Summary> search(String text, int limit);

	Optional<Detail> find(long id);

	/**
	 * Facts of one kind (event, target, figure), optionally of a region, a type (event
	 * type or indicator) and a date range (events).
	 */
	List<Fact> facts(String kind, String regionCode, String type, LocalDate from, LocalDate to);

	/**
	 * The outcome of ingesting one document.
	 *
	 * @param id the document's id
	 * @param created whether it was new (false: already stored, nothing changed)
	 * @param language its language
	 * @param supported whether its language is one Corridor reads (zh, en, de);
	 * unsupported documents are stored without facts
	 * @param regions how many distinct regions it names
	 * @param events events found
	 * @param targets targets found
	 * @param figures figures found
	 */
	record Ingested(long id, boolean created, String language, boolean supported, int regions, int events, int targets,
			int figures) {

	}

	/** A stored document in a list. */
	record Summary(long id, String fileName, String sha256, String language, boolean supported, LocalDate published,
			String title, int events, int targets, int figures) {

	}

	/** A stored document with its text and extraction JSON. */
	record Detail(Summary summary, String text, String extractionJson) {

	}

	/** A stored fact with its evidence. */
	record Fact(long id, long documentId, String kind, String type, String regionCode, String date, String period,
			Double value, String unit, String factJson, int evidenceStart, int evidenceEnd, String evidenceText,
			String reviewStatus) {

	}

}
