package org.corridor.ingest.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.corridor.actor.Industries;
import org.corridor.actor.Organisations;
import org.corridor.geo.Groupings;
import org.corridor.geo.Regions;
import org.corridor.ingest.Brief;
import org.corridor.ingest.DocumentBriefs;
import org.corridor.ingest.Documents;
import org.corridor.ingest.Reading;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * {@link DocumentBriefs} over the stored documents, with the words of the application's
 * message bundles and "today" from the clock.
 */
@Service
class StoredBriefs implements DocumentBriefs {

	private final Documents documents;

	private final BriefWriter briefs;

	private final ReadingWriter readings;

	private final MessageSource messages;

	private final Clock clock;

	StoredBriefs(Documents documents, Regions regions, Groupings groupings, Organisations organisations,
			MessageSource messages, Clock clock) {
		this.documents = documents;
		this.briefs = new BriefWriter(regions, groupings, organisations, Industries.bundled());
		this.readings = new ReadingWriter(regions);
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Optional<Brief> brief(long documentId, String language) {
		BriefLabels labels = labels(language);
		return this.documents.find(documentId)
			.map((d) -> this.briefs.write(documentId,
					(d.summary().title() != null) ? d.summary().title() : d.summary().fileName(), d.text(),
					d.extractionJson(), language, labels, LocalDate.now(this.clock)));
	}

	@Override
	public Optional<Reading> reading(long documentId, String language) {
		BriefLabels labels = labels(language);
		return this.documents.find(documentId)
			.map((d) -> this.readings.write(d.text(), d.extractionJson(), language, labels));
	}

	private BriefLabels labels(String language) {
		if (!LANGUAGES.contains(language)) {
			throw new IllegalArgumentException("language must be zh, en or de, not " + language);
		}
		Locale locale = Locale.forLanguageTag(language);
		return (key, args) -> this.messages.getMessage(key, args, key, locale);
	}

}
