package org.corridor.ingest;

import java.util.List;

/**
 * Published once at start with the {@link DocumentIngested} of every stored document
 * ({@link Documents#replay()}, read once for all readers), so that each reader of those
 * events can catch up on documents stored before it listened, such as a store filled by
 * an older version. Readers add only what they lack.
 *
 * @param documents the stored documents, oldest first
 */
public record DocumentsReplayed(List<DocumentIngested> documents) {

	public DocumentsReplayed {
		documents = List.copyOf(documents);
	}

}
